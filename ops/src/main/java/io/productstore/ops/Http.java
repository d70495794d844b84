package io.productstore.ops;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little HTTP the tools speak; every request carries a fresh W3C traceparent. */
final class Http {

  /** An answer: its status, its body, how long it took. */
  record Answer(int status, String body, Duration took) {
    JsonValue json() {
      return body.isBlank()
          ? JsonValue.NULL
          : Json.createReader(new StringReader(body)).readValue();
    }
  }

  private final String base;
  // HTTP/1.1 as browsers' proxies, nginx's upstreams and wrk speak it: by default the JDK client
  // asks for an h2c upgrade, which Liberty grants, and then multiplexes every thread's requests
  // over one connection, whose stream limit refused hundreds of shoppers' requests at once.
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  static String traceParent() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "00-"
        + HexFormat.of().toHexDigits(random.nextLong())
        + HexFormat.of().toHexDigits(random.nextLong())
        + "-"
        + HexFormat.of().toHexDigits(random.nextLong())
        + "-01";
  }

  Answer send(String method, String path, String token, JsonStructure body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("traceparent", traceParent())
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return exchange(request.build());
  }

  Answer get(String path, String token) {
    return send("GET", path, token, null);
  }

  /**
   * The sum of a metric's series on this server: {@code series} is its name, or a pattern of its
   * name and labels ("name\\{[^}]*status=\"X\""). The Prometheus text is asked for by name: the
   * JSON every other call accepts is refused by {@code /metrics} (and read as no series at all, the
   * drills once counted zero circuit breakers that had opened).
   */
  double metric(String series) {
    Answer answer =
        exchange(
            HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/plain")
                .build());
    if (answer.status() != 200) {
      throw new IllegalStateException(base + "/metrics answered HTTP " + answer.status());
    }
    String name = series.contains("\\{") ? series : series + "\\{";
    Matcher values = Pattern.compile("(?m)^" + name + ".*\\} ([0-9.eE+]+)$").matcher(answer.body());
    double sum = 0;
    while (values.find()) {
      sum += Double.parseDouble(values.group(1));
    }
    return sum;
  }

  /** A password login; the access token, or an exception naming the answer. */
  String login(String username, String password) {
    String form =
        "username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Answer answer =
        exchange(
            HttpRequest.newBuilder(URI.create(base + "/user-api/token"))
                .timeout(Duration.ofSeconds(30))
                .header("traceparent", traceParent())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    if (answer.status() != 200) {
      throw new IllegalStateException("Login of " + username + " answered HTTP " + answer.status());
    }
    return answer.json().asJsonObject().getString("access_token");
  }

  private Answer exchange(HttpRequest request) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException e) {
      return new Answer(0, e.toString(), Duration.ofNanos(System.nanoTime() - started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, "interrupted", Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
