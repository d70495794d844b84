package io.productstore.order.domain;

import io.productstore.common.background.Periodic;
import io.productstore.common.cassandra.CassandraReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker: once the keyspace is ready (so also right after a restart, which makes it
 * the recovery pass), it polls the schedule and takes every due step. Several instances may poll
 * at once: each step is a compare-and-set, so it happens once.
 */
@ApplicationScoped
public class OrderProgress {

  private static final Logger LOG = Logger.getLogger(OrderProgress.class.getName());

  private Orders orders;
  private OrderRepository repository;
  private Periodic periodic;
  private Duration pollInterval;

  protected OrderProgress() {}

  @Inject
  public OrderProgress(Orders orders, OrderRepository repository, Periodic periodic,
      @ConfigProperty(name = "order.lifecycle.poll-interval", defaultValue = "PT1S") Duration pollInterval) {
    this.orders = orders;
    this.repository = repository;
    this.periodic = periodic;
    this.pollInterval = pollInterval;
  }

  void start(@Observes CassandraReady ready) {
    periodic.every(pollInterval, "order_lifecycle", this::poll);
  }

  void poll() {
    for (UUID orderId : repository.due(Instant.now())) {
      try {
        orders.progress(orderId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Order " + orderId + " not advanced; the next poll retries: " + e);
      }
    }
  }
}
