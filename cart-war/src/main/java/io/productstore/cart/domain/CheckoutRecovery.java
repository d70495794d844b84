package io.productstore.cart.domain;

import io.productstore.common.background.Periodic;
import io.productstore.common.cassandra.CassandraReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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

  protected CheckoutRecovery() {}

  @Inject
  public CheckoutRecovery(Checkouts checkouts, Periodic periodic,
      @ConfigProperty(name = "cart.checkout.recovery-interval", defaultValue = "PT5S") Duration interval,
      @ConfigProperty(name = "cart.checkout.recovery-after", defaultValue = "PT40S") Duration after) {
    this.checkouts = checkouts;
    this.periodic = periodic;
    this.interval = interval;
    this.after = after;
  }

  void start(@Observes CassandraReady ready) {
    periodic.every(interval, "checkout_recovery", () -> checkouts.recover(Instant.now().minus(after)));
  }
}
