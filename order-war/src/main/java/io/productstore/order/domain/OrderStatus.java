package io.productstore.order.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where an order is in its life, with the Russian labels the old clients show. */
public enum OrderStatus {
  CREATED("Создан"),
  PROCESSING("Обрабатывается"),
  SHIPPING("Доставляется"),
  DELIVERED("Доставлен"),
  CANCELLED("Отменен");

  private final String label;

  OrderStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Every status with its label, in lifecycle order. */
  public static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (OrderStatus status : values()) {
      labels.put(status.name(), status.label);
    }
    return labels;
  }
}
