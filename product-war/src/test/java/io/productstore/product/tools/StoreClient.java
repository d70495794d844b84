package io.productstore.product.tools;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The little HTTP the tools need: log in as admin, then send requests with the token. */
final class StoreClient {

  final String baseUrl;
  final HttpClient http;
  final String bearer;

  StoreClient(String baseUrl, String username, String password)
      throws IOException, InterruptedException {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/user-api/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new IllegalStateException(
          "Login as " + username + " failed: HTTP " + login.statusCode());
    }
    this.bearer =
        "Bearer "
            + Json.createReader(new StringReader(login.body()))
                .readObject()
                .getString("access_token");
  }

  /** Builds a client from the environment: STORE_URL, STORE_ADMIN_USER, STORE_ADMIN_PASSWORD. */
  static StoreClient fromEnvironment() throws IOException, InterruptedException {
    return new StoreClient(
        env("STORE_URL", "http://localhost:9080"),
        env("STORE_ADMIN_USER", "swagger_admin"),
        env("STORE_ADMIN_PASSWORD", "admin123"));
  }

  HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", bearer)
        .timeout(Duration.ofSeconds(30))
        .GET()
        .build();
  }

  HttpRequest post(String path, JsonObject body) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", bearer)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
        .build();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
