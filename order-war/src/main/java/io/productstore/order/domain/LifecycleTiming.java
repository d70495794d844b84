package io.productstore.order.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long an order stays in each status before the next step is due (configuration: tests use
 * short delays), and how long a checkout may stay PENDING before the recovery pass drives it.
 */
@ApplicationScoped
public class LifecycleTiming {

  private Duration processingAfter;
  private Duration shippingAfter;
  private Duration deliveredMin;
  private Duration deliveredMax;
  private Duration pendingTimeout;

  protected LifecycleTiming() {}

  @Inject
  public LifecycleTiming(
      @ConfigProperty(name = "order.lifecycle.processing-after", defaultValue = "PT5S")
          Duration processingAfter,
      @ConfigProperty(name = "order.lifecycle.shipping-after", defaultValue = "PT5S")
          Duration shippingAfter,
      @ConfigProperty(name = "order.lifecycle.delivered-min", defaultValue = "PT60S")
          Duration deliveredMin,
      @ConfigProperty(name = "order.lifecycle.delivered-max", defaultValue = "PT300S")
          Duration deliveredMax,
      @ConfigProperty(name = "order.checkout.pending-timeout", defaultValue = "PT30S")
          Duration pendingTimeout) {
    this.processingAfter = processingAfter;
    this.shippingAfter = shippingAfter;
    this.deliveredMin = deliveredMin;
    this.deliveredMax = deliveredMax.compareTo(deliveredMin) < 0 ? deliveredMin : deliveredMax;
    this.pendingTimeout = pendingTimeout;
  }

  /** When the step after entering {@code status} at {@code at} is due; null when none follows. */
  public Instant dueAfter(OrderStatus status, Instant at) {
    return switch (status) {
      case PENDING -> at.plus(pendingTimeout);
      case CREATED -> at.plus(processingAfter);
      case PROCESSING -> at.plus(shippingAfter);
      case SHIPPING ->
          at.plus(deliveredMin)
              .plusMillis(
                  ThreadLocalRandom.current()
                      .nextLong(deliveredMax.minus(deliveredMin).toMillis() + 1));
      default -> null;
    };
  }
}
