package io.productstore.user.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The user service's business metrics. Labels are a closed set (an outcome), never a username.
 * In Prometheus: user_registrations_total, user_logins_total{outcome},
 * user_token_refreshes_total{outcome}, user_password_hash_seconds.
 */
@ApplicationScoped
public class UserMetrics {

  /** How a password login ended. */
  public enum LoginOutcome { SUCCESS, BAD_PASSWORD, UNKNOWN_USER, LOCKED }

  private MetricRegistry registry;

  protected UserMetrics() {}

  @Inject
  public UserMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /** Every series starts at zero when the service starts, so rate() and alerts see it from the start. */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter("user_registrations");
    for (LoginOutcome outcome : LoginOutcome.values()) {
      registry.counter("user_logins", outcome(outcome.name()));
    }
    registry.counter("user_token_refreshes", outcome("SUCCESS"));
    registry.counter("user_token_refreshes", outcome("REFUSED"));
    registry.timer("user_password_hash");
  }

  public void registered() {
    registry.counter("user_registrations").inc();
  }

  public void login(LoginOutcome outcome) {
    registry.counter("user_logins", outcome(outcome.name())).inc();
  }

  public void refresh(boolean succeeded) {
    registry.counter("user_token_refreshes", outcome(succeeded ? "SUCCESS" : "REFUSED")).inc();
  }

  /** Runs one password hash or check and records how long it took. */
  public <T> T timeHash(Supplier<T> hashing) {
    long started = System.nanoTime();
    try {
      return hashing.get();
    } finally {
      registry.timer("user_password_hash").update(Duration.ofNanos(System.nanoTime() - started));
    }
  }

  private static Tag outcome(String name) {
    return new Tag("outcome", name.toLowerCase(java.util.Locale.ROOT));
  }
}
