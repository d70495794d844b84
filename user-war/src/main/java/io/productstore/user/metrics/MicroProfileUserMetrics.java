package io.productstore.user.metrics;

import static io.productstore.common.metrics.Outcomes.tag;

import io.productstore.user.domain.UserMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The user service's business metrics. Labels are a closed set (an outcome), never a username. In
 * Prometheus: user_registrations_total, user_logins_total{outcome},
 * user_token_refreshes_total{outcome=success|refused}, user_password_hash_seconds.
 */
@ApplicationScoped
public class MicroProfileUserMetrics implements UserMetrics {

  private static final Tag REFRESHED = new Tag("outcome", "success");
  private static final Tag REFUSED = new Tag("outcome", "refused");

  private MetricRegistry registry;

  protected MicroProfileUserMetrics() {}

  @Inject
  public MicroProfileUserMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  /**
   * Every series starts at zero when the service starts, so rate() and alerts see it from the
   * start.
   */
  void zeroes(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.counter("user_registrations");
    for (LoginOutcome outcome : LoginOutcome.values()) {
      registry.counter("user_logins", tag(outcome));
    }
    registry.counter("user_token_refreshes", REFRESHED);
    registry.counter("user_token_refreshes", REFUSED);
    registry.timer("user_password_hash");
  }

  @Override
  public void registered() {
    registry.counter("user_registrations").inc();
  }

  @Override
  public void login(LoginOutcome outcome) {
    registry.counter("user_logins", tag(outcome)).inc();
  }

  @Override
  public void refresh(boolean succeeded) {
    registry.counter("user_token_refreshes", succeeded ? REFRESHED : REFUSED).inc();
  }

  @Override
  public <T> T timeHash(Supplier<T> hashing) {
    long started = System.nanoTime();
    try {
      return hashing.get();
    } finally {
      registry.timer("user_password_hash").update(Duration.ofNanos(System.nanoTime() - started));
    }
  }
}
