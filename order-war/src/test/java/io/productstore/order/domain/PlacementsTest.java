package io.productstore.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Refused;
import io.productstore.order.domain.OrderMetrics.PlacementOutcome;
import io.productstore.order.domain.OrderMetrics.RecoveryAction;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlacementsTest {

  private final OrderBook book = new OrderBook();
  private final UUID milk = book.stock.product("Milk", "1.50", 10);
  private final UUID bread = book.stock.product("Bread", "0.90", 10);

  @Test
  void should_create_the_order_at_the_catalogs_prices_with_its_stock_reserved() {
    Placements.Placement placement =
        book.placements.place("anna", Optional.of("k1"), Map.of(milk, 2, bread, 1), null);

    assertThat(placement.isNew()).isTrue();
    assertThat(placement.order().status()).isEqualTo(OrderStatus.CREATED);
    assertThat(placement.order().total()).isEqualByComparingTo("3.90");
    assertThat(book.stock.stock).containsEntry(milk, 8).containsEntry(bread, 9);
    assertThat(book.metrics.placements).containsExactly(PlacementOutcome.CREATED);
  }

  @Test
  void should_answer_the_same_order_for_the_same_key_and_reserve_once() {
    Order first = book.place("anna", "k1", Map.of(milk, 2));

    Placements.Placement again =
        book.placements.place("anna", Optional.of("k1"), Map.of(milk, 2), null);

    assertThat(again.isNew()).isFalse();
    assertThat(again.order().id()).isEqualTo(first.id());
    assertThat(book.stock.stock).containsEntry(milk, 8);
    assertThat(book.metrics.placements)
        .containsExactly(PlacementOutcome.CREATED, PlacementOutcome.REPLAYED);
  }

  @Test
  void should_give_another_user_with_the_same_key_another_order() {
    Order anna = book.place("anna", "k1", Map.of(milk, 1));
    Order boris = book.place("boris", "k1", Map.of(milk, 1));

    assertThat(boris.id()).isNotEqualTo(anna.id());
    assertThat(book.stock.stock).containsEntry(milk, 8);
  }

  @Test
  void should_reject_an_order_whose_stock_is_short_and_reserve_nothing() {
    assertThatThrownBy(() -> book.place("anna", "k1", Map.of(milk, 2, bread, 11)))
        .isInstanceOfSatisfying(
            Refused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
              assertThat(e.violations()).hasSize(1);
            });

    Order rejected = book.stored(Order.idFor("anna", "k1"));
    assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
    assertThat(book.stock.stock).containsEntry(milk, 10).containsEntry(bread, 10);
    assertThat(book.orders.ofUser("anna")).isEmpty();
    assertThat(book.metrics.placements).containsExactly(PlacementOutcome.REFUSED);
  }

  @Test
  void should_refuse_a_replay_of_a_rejected_order() {
    assertThatThrownBy(() -> book.place("anna", "k1", Map.of(milk, 11)))
        .isInstanceOf(Refused.class);

    assertThatThrownBy(() -> book.place("anna", "k1", Map.of(milk, 1)))
        .hasMessageContaining("place a new one");
  }

  @Test
  void should_leave_a_pending_order_when_the_catalog_is_down_and_finish_it_after_the_timeout() {
    book.stock.down(true);
    assertThatThrownBy(() -> book.place("anna", "k1", Map.of(milk, 2)))
        .isInstanceOf(DependencyUnavailable.class);
    UUID id = Order.idFor("anna", "k1");
    assertThat(book.stored(id).status()).isEqualTo(OrderStatus.PENDING);
    assertThat(book.orders.ofUser("anna")).isEmpty();

    book.stock.down(false);
    book.runFor(OrderBook.PENDING_TIMEOUT.minusSeconds(1));
    assertThat(book.stored(id).status()).isEqualTo(OrderStatus.PENDING);
    book.runFor(OrderBook.PENDING_TIMEOUT);

    assertThat(book.stored(id).status()).isNotEqualTo(OrderStatus.PENDING);
    assertThat(book.stock.stock).containsEntry(milk, 8);
    assertThat(book.metrics.recoveries).contains(RecoveryAction.RESUMED_PENDING);
  }

  @Test
  void should_link_later_steps_to_the_trace_that_placed_the_order() {
    String traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    Order order =
        book.placements.place("anna", Optional.empty(), Map.of(milk, 1), traceParent).order();

    assertThat(book.stored(order.id()).traceParent()).isEqualTo(traceParent);
  }
}
