package io.productstore.common.health;

import io.productstore.common.http.HttpClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the services this one cannot work without answer their liveness probe ({@code
 * store.critical-downstreams}: the config keys of their base URLs). One second each, at most: a
 * slow dependency must not make the probe hang. On only where the services run apart ({@code
 * store.downstream-check.enabled}, set by {@code ./store cluster}): in the all-in-one server they
 * are this server.
 */
@Readiness
@ApplicationScoped
public class DownstreamCheck implements HealthCheck {

  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private List<String> urlKeys;
  private Config config;
  private HttpClient http;

  protected DownstreamCheck() {}

  @Inject
  public DownstreamCheck(Config config) {
    this.config = config;
    boolean enabled =
        config.getOptionalValue("store.downstream-check.enabled", Boolean.class).orElse(false);
    this.urlKeys =
        enabled
            ? config.getOptionalValues("store.critical-downstreams", String.class).orElse(List.of())
            : List.of();
    this.http = HttpClients.http11(TIMEOUT);
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("downstreams").up();
    for (String key : urlKeys) {
      Optional<String> url = config.getOptionalValue(key, String.class);
      boolean live = url.map(this::isLive).orElse(false);
      response.withData(key, live ? "UP" : "DOWN");
      if (!live) {
        response.down();
      }
    }
    return response.build();
  }

  private boolean isLive(String baseUrl) {
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(baseUrl + "/health/live")).timeout(TIMEOUT).GET().build();
    try {
      return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
