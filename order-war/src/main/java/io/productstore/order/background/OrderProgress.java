package io.productstore.order.background;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.productstore.common.background.Periodic;
import io.productstore.common.cassandra.CassandraReady;
import io.productstore.common.web.TraceLinks;
import io.productstore.common.web.TraceLogFields;
import io.productstore.order.domain.Order;
import io.productstore.order.domain.OrderLifecycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The background worker: once the keyspace is ready (so also right after a restart, which makes it
 * the recovery pass), it polls the schedule and takes every due step, each in its own trace linked
 * to the checkout that placed the order.
 */
@ApplicationScoped
public class OrderProgress {

  private static final Logger LOG = Logger.getLogger(OrderProgress.class.getName());

  private OrderLifecycle lifecycle;
  private Periodic periodic;
  private Tracer tracer;
  private Duration pollInterval;

  protected OrderProgress() {}

  @Inject
  public OrderProgress(
      OrderLifecycle lifecycle,
      Periodic periodic,
      Tracer tracer,
      @ConfigProperty(name = "order.lifecycle.poll-interval", defaultValue = "PT1S")
          Duration pollInterval) {
    this.lifecycle = lifecycle;
    this.periodic = periodic;
    this.tracer = tracer;
    this.pollInterval = pollInterval;
  }

  void start(@Observes CassandraReady ready) {
    periodic.every(pollInterval, "order_lifecycle", this::poll);
  }

  void poll() {
    for (UUID orderId : lifecycle.due()) {
      try {
        lifecycle.scheduled(orderId).ifPresent(this::advanceTraced);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Order " + orderId + " not advanced; the next poll retries: " + e);
      }
    }
  }

  private void advanceTraced(Order order) {
    Span span =
        TraceLinks.linkedTo(
                tracer.spanBuilder("order lifecycle " + order.status()), order.traceParent())
            .setAttribute("order.status", order.status().name())
            .startSpan();
    try (Scope scope = span.makeCurrent()) {
      TraceLogFields.label(span.getSpanContext());
      lifecycle.advance(order);
    } finally {
      TraceLogFields.clear();
      span.end();
    }
  }
}
