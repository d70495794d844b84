package io.productstore.user.domain;

import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brute-force brake per username: after {@code user.login.max-failures} failed logins within {@code
 * user.login.window}, further attempts get 429 until the oldest failure ages out. The failures live
 * in Cassandra (with a TTL), so every instance of the service sees the same count.
 */
@ApplicationScoped
public class LoginThrottle {

  /** The failures of one username inside the window. */
  public interface FailureLog {

    int countRecent(String username);

    void record(String username, Duration window);

    void clear(String username);
  }

  private FailureLog failures;
  private int maxFailures;
  private Duration window;

  protected LoginThrottle() {}

  @Inject
  public LoginThrottle(
      FailureLog failures,
      @ConfigProperty(name = "user.login.max-failures") int maxFailures,
      @ConfigProperty(name = "user.login.window") Duration window) {
    this.failures = failures;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  public boolean isLocked(String username) {
    return failures.countRecent(username) >= maxFailures;
  }

  public DomainException locked() {
    return DomainException.throttled(
        "Too many failed logins for this account; try again in a few minutes");
  }

  public void failed(String username) {
    failures.record(username, window);
  }

  public void succeeded(String username) {
    failures.clear(username);
  }
}
