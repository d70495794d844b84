package io.productstore.order.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an order is in its life, with the Russian labels the old clients show. PENDING (stock not
 * yet reserved) and REJECTED (stock refused) are the checkout's own states: nobody sees such an
 * order, so they have no label.
 */
public enum OrderStatus {
  PENDING(null),
  REJECTED(null),
  CREATED("Создан"),
  PROCESSING("Обрабатывается"),
  SHIPPING("Доставляется"),
  DELIVERED("Доставлен"),
  CANCELLED("Отменен");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  /** Whether an order in this status exists for its user (it was placed). */
  public boolean isPlaced() {
    return label != null;
  }

  /** The lifecycle's next step: CREATED → PROCESSING → SHIPPING → DELIVERED. */
  public Optional<OrderStatus> next() {
    return switch (this) {
      case CREATED -> Optional.of(PROCESSING);
      case PROCESSING -> Optional.of(SHIPPING);
      case SHIPPING -> Optional.of(DELIVERED);
      default -> Optional.empty();
    };
  }

  public boolean isCancellable() {
    return this == CREATED || this == PROCESSING;
  }

  /** The legal transitions: the next lifecycle step, or cancellation before shipping. */
  public boolean canMoveTo(OrderStatus target) {
    return next().filter(target::equals).isPresent() || (target == CANCELLED && isCancellable());
  }

  /** Whether the order's stock goes back to the catalog (it was refused or cancelled). */
  public boolean releasesStock() {
    return this == REJECTED || this == CANCELLED;
  }

  /** Every placed status with its label, in lifecycle order. */
  public static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (OrderStatus status : values()) {
      if (status.isPlaced()) {
        labels.put(status.name(), status.label);
      }
    }
    return labels;
  }
}
