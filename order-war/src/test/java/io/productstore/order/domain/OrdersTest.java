package io.productstore.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Page;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrdersTest {

  private final OrderBook book = new OrderBook();
  private final UUID milk = book.stock.product("Milk", "1.50", 10);

  private static Reason reasonOf(Throwable e) {
    return ((DomainException) e).reason();
  }

  @Test
  void should_cancel_before_shipping_and_give_the_stock_back() {
    Order order = book.place("anna", "k1", Map.of(milk, 3));

    Order cancelled = book.orders.cancel(order.id(), "anna", false);

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(book.stock.stock).containsEntry(milk, 10);
    assertThat(book.repository.schedule).doesNotContainKey(order.id());
  }

  @Test
  void should_refuse_to_cancel_once_shipping() {
    Order order = book.place("anna", "k1", Map.of(milk, 3));
    book.runFor(OrderBook.PROCESSING_AFTER.plus(OrderBook.SHIPPING_AFTER));
    assertThat(book.stored(order.id()).status()).isEqualTo(OrderStatus.SHIPPING);

    assertThatThrownBy(() -> book.orders.cancel(order.id(), "anna", false))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.CONFLICT));
    assertThat(book.stock.stock).containsEntry(milk, 7);
  }

  @Test
  void should_show_an_order_to_its_owner_and_admins_only() {
    Order order = book.place("anna", "k1", Map.of(milk, 1));

    assertThat(book.orders.visibleTo(order.id(), "anna", false).id()).isEqualTo(order.id());
    assertThat(book.orders.visibleTo(order.id(), "root", true).id()).isEqualTo(order.id());
    assertThatThrownBy(() -> book.orders.visibleTo(order.id(), "boris", false))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FORBIDDEN));
    assertThatThrownBy(() -> book.orders.cancel(order.id(), "boris", false))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.FORBIDDEN));
  }

  @Test
  void should_not_find_an_unknown_order_nor_one_never_placed() {
    book.stock.down(true);
    assertThatThrownBy(() -> book.place("anna", "k1", Map.of(milk, 1)))
        .isInstanceOf(DomainException.class);

    assertThatThrownBy(() -> book.orders.visibleTo(Order.idFor("anna", "k1"), "anna", false))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_FOUND));
    assertThatThrownBy(() -> book.orders.visibleTo(UUID.randomUUID(), "anna", true))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_FOUND));
  }

  @Test
  void should_let_an_admin_take_a_legal_step_only() {
    Order order = book.place("anna", "k1", Map.of(milk, 1));

    assertThatThrownBy(() -> book.orders.changeStatus(order.id(), OrderStatus.DELIVERED, "root"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.CONFLICT));
    Order moved = book.orders.changeStatus(order.id(), OrderStatus.PROCESSING, "root");

    assertThat(moved.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(book.repository.schedule)
        .containsEntry(order.id(), book.clock.instant().plus(OrderBook.SHIPPING_AFTER));
  }

  @Test
  void should_list_a_users_placed_orders_newest_first() {
    Order first = book.place("anna", "k1", Map.of(milk, 1));
    book.clock.advance(Duration.ofSeconds(1));
    Order second = book.place("anna", "k2", Map.of(milk, 1));
    book.place("boris", "k1", Map.of(milk, 1));

    assertThat(book.orders.ofUser("anna"))
        .extracting(Order::id)
        .containsExactly(second.id(), first.id());
  }

  @Test
  void should_filter_and_page_the_admin_listing_with_exact_totals() {
    for (int i = 0; i < 3; i++) {
      book.place("anna", "a" + i, Map.of(milk, 1));
      book.clock.advance(Duration.ofSeconds(1));
    }
    Order cancelled = book.place("boris", "b0", Map.of(milk, 1));
    book.orders.cancel(cancelled.id(), "boris", false);

    Page<Order> annas = book.orders.all(Optional.empty(), Optional.of("anna"), 0, 2);
    Page<Order> cancelledOnes =
        book.orders.all(Optional.of(OrderStatus.CANCELLED), Optional.empty(), 0, 10);

    assertThat(annas.total()).isEqualTo(3);
    assertThat(annas.items()).hasSize(2);
    assertThat(annas.hasNext()).isTrue();
    assertThat(cancelledOnes.items()).extracting(Order::id).containsExactly(cancelled.id());
  }
}
