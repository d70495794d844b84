package io.productstore.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void should_name_the_same_order_for_the_same_user_and_key_and_another_for_anyone_else() {
    assertThat(Order.idFor("anna", "k1"))
        .isEqualTo(Order.idFor("anna", "k1"))
        .isNotEqualTo(Order.idFor("anna", "k2"))
        .isNotEqualTo(Order.idFor("boris", "k1"));
  }

  @Test
  void should_allow_only_the_lifecycle_steps_and_cancellation_before_shipping() {
    assertThat(OrderStatus.CREATED.canMoveTo(OrderStatus.PROCESSING)).isTrue();
    assertThat(OrderStatus.PROCESSING.canMoveTo(OrderStatus.SHIPPING)).isTrue();
    assertThat(OrderStatus.SHIPPING.canMoveTo(OrderStatus.DELIVERED)).isTrue();
    assertThat(OrderStatus.CREATED.canMoveTo(OrderStatus.CANCELLED)).isTrue();
    assertThat(OrderStatus.PROCESSING.canMoveTo(OrderStatus.CANCELLED)).isTrue();
    assertThat(OrderStatus.SHIPPING.canMoveTo(OrderStatus.CANCELLED)).isFalse();
    assertThat(OrderStatus.CREATED.canMoveTo(OrderStatus.DELIVERED)).isFalse();
    assertThat(OrderStatus.DELIVERED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
    assertThat(OrderStatus.CANCELLED.canMoveTo(OrderStatus.PROCESSING)).isFalse();
    assertThat(OrderStatus.labels())
        .containsOnlyKeys("CREATED", "PROCESSING", "SHIPPING", "DELIVERED", "CANCELLED");
  }

  @Test
  void should_total_the_reserved_items_and_show_the_placed_history_in_time_order() {
    UUID product = UUID.randomUUID();
    Order order =
        Order.pending(
                UUID.randomUUID(),
                "anna",
                List.of(OrderItem.requested(product, 3)),
                T0,
                T0.plusSeconds(30),
                null)
            .priced(List.of(new OrderItem(product, "Молоко", new BigDecimal("89.90"), 3)))
            .movedTo(OrderStatus.CREATED, T0.plusSeconds(1), T0.plusSeconds(6))
            .movedTo(OrderStatus.PROCESSING, T0.plusSeconds(6), T0.plusSeconds(11));

    assertThat(order.total()).isEqualByComparingTo("269.70");
    assertThat(order.history())
        .extracting(Order.StatusChange::status)
        .containsExactly(OrderStatus.CREATED, OrderStatus.PROCESSING);
    assertThat(order.isDue(T0.plusSeconds(10))).isFalse();
    assertThat(order.isDue(T0.plusSeconds(11))).isTrue();
  }

  @Test
  void should_keep_the_checkout_trace_for_the_background_steps() {
    String traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    Order order =
        Order.pending(UUID.randomUUID(), "anna", List.of(), T0, T0, traceParent)
            .movedTo(OrderStatus.CREATED, T0, T0);
    assertThat(order.traceParent()).isEqualTo(traceParent);
  }
}
