package io.productstore.common.security;

import io.productstore.common.http.HttpClients;
import io.productstore.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This service's own identity for calls between services: an access token with the role {@code
 * service}, obtained from the user service with the OAuth2 client-credentials grant (client id =
 * {@code store.service.name}, secret = {@code store.client-secret.<id>}) and renewed a minute
 * before it expires. Callers put {@link #bearer()} in the Authorization header of internal calls.
 */
@ApplicationScoped
public class ServiceTokens {

  private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);

  private record Cached(String token, Instant renewAt) {}

  private URI tokenEndpoint;
  private String clientId;
  private Optional<String> clientSecret;
  private Clock clock;
  private HttpClient http;
  private volatile Cached cached;

  protected ServiceTokens() {}

  @Inject
  public ServiceTokens(
      @ConfigProperty(name = "user.service.url") String userServiceUrl,
      @ConfigProperty(name = "store.service.name") String clientId,
      Config config) {
    this(
        URI.create(userServiceUrl + "/user-api/token"),
        clientId,
        config.getOptionalValue("store.client-secret." + clientId, String.class),
        Clock.systemUTC());
  }

  ServiceTokens(URI tokenEndpoint, String clientId, Optional<String> clientSecret, Clock clock) {
    this.tokenEndpoint = tokenEndpoint;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    this.http = HttpClients.http11(Duration.ofSeconds(2));
  }

  /** "Bearer &lt;token&gt;", fetching or renewing the token when needed; 503 when that fails. */
  public String bearer() {
    Cached current = cached;
    if (current == null || !clock.instant().isBefore(current.renewAt())) {
      current = renew();
    }
    return "Bearer " + current.token();
  }

  private synchronized Cached renew() {
    Cached current = cached;
    if (current != null && clock.instant().isBefore(current.renewAt())) {
      return current;
    }
    JsonObject answer = requestToken();
    long lifetime = answer.getJsonNumber("expires_in").longValue();
    cached =
        new Cached(
            answer.getString("access_token"),
            clock.instant().plusSeconds(lifetime).minus(RENEW_BEFORE_EXPIRY));
    return cached;
  }

  private JsonObject requestToken() {
    String secret =
        clientSecret.orElseThrow(
            () ->
                ProblemException.unavailable(
                    "This service has no client secret (store.client-secret." + clientId + ")"));
    String form =
        "grant_type=client_credentials&client_id="
            + encode(clientId)
            + "&client_secret="
            + encode(secret);
    HttpRequest request =
        HttpRequest.newBuilder(tokenEndpoint)
            .timeout(Duration.ofSeconds(3))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw ProblemException.unavailable(
            "The user service refused this service's credentials (HTTP "
                + response.statusCode()
                + ")");
      }
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    } catch (IOException e) {
      throw ProblemException.unavailable("The user service is not reachable for a service token");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProblemException.unavailable("Interrupted while fetching a service token");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
