package io.productstore.cart.background;

import io.productstore.cart.domain.Checkouts;
import io.productstore.common.background.Periodic;
import io.productstore.common.cassandra.CassandraReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recovery pass: from the moment the keyspace is ready (so also right after a restart) and then
 * periodically, it finishes checkouts older than the longest a request may take on them.
 */
@ApplicationScoped
public class CheckoutRecovery {

  private Checkouts checkouts;
  private Periodic periodic;
  private Duration interval;
  private Duration after;
  private Clock clock;

  protected CheckoutRecovery() {}

  @Inject
  public CheckoutRecovery(
      Checkouts checkouts,
      Periodic periodic,
      @ConfigProperty(name = "cart.checkout.recovery-interval", defaultValue = "PT5S")
          Duration interval,
      @ConfigProperty(name = "cart.checkout.recovery-after", defaultValue = "PT40S") Duration after,
      Clock clock) {
    this.checkouts = checkouts;
    this.periodic = periodic;
    this.interval = interval;
    this.after = after;
    this.clock = clock;
  }

  void start(@Observes CassandraReady ready) {
    periodic.every(
        interval, "checkout_recovery", () -> checkouts.recover(clock.instant().minus(after)));
  }
}
