package io.productstore.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.productstore.common.problem.ProblemException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ServiceTokens against a small token endpoint on loopback that counts the grants it answers. */
class ServiceTokensTest {

  private HttpServer endpoint;
  private final List<String> forms = new ArrayList<>();
  private int status = 200;

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }
  }

  @BeforeEach
  void startEndpoint() throws IOException {
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext(
        "/user-api/token",
        exchange -> {
          forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body =
              ("{\"access_token\":\"token-"
                      + forms.size()
                      + "\",\"token_type\":\"bearer\",\"expires_in\":1800}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    endpoint.start();
  }

  @AfterEach
  void stopEndpoint() {
    endpoint.stop(0);
  }

  private ServiceTokens tokens(Clock clock, Optional<String> secret) {
    URI uri = URI.create("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/user-api/token");
    return new ServiceTokens(uri, "cart", secret, clock);
  }

  @Test
  void should_fetch_once_with_client_credentials_and_reuse_until_a_minute_before_expiry() {
    MovableClock clock = new MovableClock();
    ServiceTokens tokens = tokens(clock, Optional.of("s3cret/+="));

    assertThat(tokens.bearer()).isEqualTo("Bearer token-1");
    clock.advance(Duration.ofMinutes(28));
    assertThat(tokens.bearer()).isEqualTo("Bearer token-1");
    clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.bearer()).isEqualTo("Bearer token-2");

    assertThat(forms).hasSize(2);
    assertThat(forms.get(0))
        .isEqualTo("grant_type=client_credentials&client_id=cart&client_secret=s3cret%2F%2B%3D");
  }

  @Test
  void should_answer_503_when_refused_or_without_a_secret() {
    status = 401;
    assertThatThrownBy(() -> tokens(new MovableClock(), Optional.of("wrong")).bearer())
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(503));
    assertThatThrownBy(() -> tokens(new MovableClock(), Optional.empty()).bearer())
        .isInstanceOf(ProblemException.class);
  }
}
