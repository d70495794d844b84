package io.productstore.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.order.domain.OrderMetrics.RecoveryAction;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {

  private final OrderBook book = new OrderBook();
  private final UUID milk = book.stock.product("Milk", "1.50", 10);

  @Test
  void should_start_processing_when_due_and_not_a_moment_before() {
    Order order = book.place("anna", "k1", Map.of(milk, 1));

    book.runFor(OrderBook.PROCESSING_AFTER.minusSeconds(1));
    assertThat(book.stored(order.id()).status()).isEqualTo(OrderStatus.CREATED);
    book.runFor(Duration.ofSeconds(1));
    assertThat(book.stored(order.id()).status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void should_deliver_an_order_within_the_configured_window_with_every_step_once_in_order() {
    Order order = book.place("anna", "k1", Map.of(milk, 1));
    Instant placed = book.clock.instant();

    book.runFor(
        OrderBook.PROCESSING_AFTER.plus(OrderBook.SHIPPING_AFTER).plus(OrderBook.DELIVERED_MAX));

    Order delivered = book.stored(order.id());
    assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
    assertThat(delivered.history())
        .extracting(Order.StatusChange::status)
        .containsExactly(
            OrderStatus.CREATED,
            OrderStatus.PROCESSING,
            OrderStatus.SHIPPING,
            OrderStatus.DELIVERED);
    Duration shipping =
        Duration.between(
            delivered.statusHistory().get(OrderStatus.SHIPPING),
            delivered.statusHistory().get(OrderStatus.DELIVERED));
    assertThat(shipping).isBetween(OrderBook.DELIVERED_MIN, OrderBook.DELIVERED_MAX.plusSeconds(1));
    assertThat(delivered.statusHistory().get(OrderStatus.PROCESSING))
        .isEqualTo(placed.plus(OrderBook.PROCESSING_AFTER));
    assertThat(book.repository.schedule).doesNotContainKey(order.id());
    assertThat(book.metrics.lags)
        .hasSize(3)
        .allSatisfy(lag -> assertThat(lag).isLessThanOrEqualTo(Duration.ofSeconds(1)));
  }

  @Test
  void should_record_how_late_a_step_was_taken() {
    Order order = book.place("anna", "k1", Map.of(milk, 1));
    book.clock.advance(OrderBook.PROCESSING_AFTER.plusSeconds(12)); // the worker was stopped

    book.poll();

    assertThat(book.stored(order.id()).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(book.metrics.lags).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void should_give_back_the_stock_of_a_cancellation_the_catalog_could_not_take_then() {
    Order order = book.place("anna", "k1", Map.of(milk, 4));
    book.stock.down(true);
    book.orders.cancel(order.id(), "anna", false);
    assertThat(book.stock.stock).containsEntry(milk, 6);

    book.stock.down(false);
    book.poll();

    assertThat(book.stock.stock).containsEntry(milk, 10);
    assertThat(book.repository.schedule).doesNotContainKey(order.id());
    assertThat(book.metrics.recoveries).containsExactly(RecoveryAction.RELEASED_STOCK);
  }

  @Test
  void should_drop_a_scheduled_id_whose_order_was_never_written() {
    UUID ghost = UUID.randomUUID();
    book.repository.schedule(ghost, book.clock.instant());

    book.poll();

    assertThat(book.repository.schedule).doesNotContainKey(ghost);
  }

  @Test
  void should_time_each_status_as_configured() {
    Instant at = Instant.parse("2026-12-01T10:00:00Z");

    assertThat(book.timing.dueAfter(OrderStatus.PENDING, at))
        .isEqualTo(at.plus(OrderBook.PENDING_TIMEOUT));
    assertThat(book.timing.dueAfter(OrderStatus.CREATED, at))
        .isEqualTo(at.plus(OrderBook.PROCESSING_AFTER));
    assertThat(book.timing.dueAfter(OrderStatus.SHIPPING, at))
        .isBetween(at.plus(OrderBook.DELIVERED_MIN), at.plus(OrderBook.DELIVERED_MAX));
    assertThat(book.timing.dueAfter(OrderStatus.DELIVERED, at)).isNull();
    assertThat(book.timing.dueAfter(OrderStatus.CANCELLED, at)).isNull();
  }
}
