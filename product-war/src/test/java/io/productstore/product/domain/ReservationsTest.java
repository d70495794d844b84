package io.productstore.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.product.domain.CatalogMetrics.Reservation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationsTest {

  private final InMemoryStock stock = new InMemoryStock();
  private final InMemoryProducts products = new InMemoryProducts(stock);
  private final RecordingCatalogMetrics metrics = new RecordingCatalogMetrics();
  private final Reservations reservations =
      new Reservations(products, stock, new InMemoryReservationLog(), metrics);
  private final Product milk = product("Milk", "1.50", 10);
  private final Product bread = product("Bread", "0.90", 3);
  private final UUID order = UUID.randomUUID();

  private Product product(String name, String price, int units) {
    Product product = Product.create(name, "Food", new BigDecimal(price), units, null, null);
    products.insert(product);
    return product;
  }

  private static Map<UUID, Integer> items(Object... pairs) {
    Map<UUID, Integer> items = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      items.put(((Product) pairs[i]).productId(), (Integer) pairs[i + 1]);
    }
    return items;
  }

  @Test
  void should_reserve_every_item_at_its_current_name_and_price() {
    List<ReservedItem> reserved = reservations.reserve(order, items(milk, 2, bread, 3));

    assertThat(reserved)
        .containsExactly(
            new ReservedItem(milk.productId(), "Milk", new BigDecimal("1.50"), 2),
            new ReservedItem(bread.productId(), "Bread", new BigDecimal("0.90"), 3));
    assertThat(stock.stock(milk.productId())).isEqualTo(8);
    assertThat(stock.stock(bread.productId())).isZero();
    assertThat(metrics.reservations).containsExactly(Reservation.RESERVED);
  }

  @Test
  void should_reserve_once_when_the_same_order_asks_again() {
    reservations.reserve(order, items(milk, 2));

    List<ReservedItem> again = reservations.reserve(order, items(milk, 2));

    assertThat(again).hasSize(1);
    assertThat(stock.stock(milk.productId())).isEqualTo(8);
  }

  @Test
  void should_reserve_nothing_when_one_item_is_short_and_name_it_with_what_is_left() {
    assertThatThrownBy(() -> reservations.reserve(order, items(milk, 2, bread, 4)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
              assertThat(e.violations())
                  .containsExactly(
                      new DomainException.Violation(
                          bread.productId().toString(), "requested 4, available 3"));
            });
    assertThat(stock.stock(milk.productId())).isEqualTo(10);
    assertThat(stock.stock(bread.productId())).isEqualTo(3);
    assertThat(metrics.reservations).containsExactly(Reservation.SHORT);
  }

  @Test
  void should_give_the_stock_back_once_however_often_it_is_released() {
    reservations.reserve(order, items(milk, 4));

    reservations.release(order);
    reservations.release(order);

    assertThat(stock.stock(milk.productId())).isEqualTo(10);
    assertThat(metrics.reservations).containsExactly(Reservation.RESERVED, Reservation.RELEASED);
  }

  @Test
  void should_never_reserve_again_for_an_order_whose_reservation_was_released() {
    reservations.reserve(order, items(milk, 4));
    reservations.release(order);

    assertThatThrownBy(() -> reservations.reserve(order, items(milk, 4)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
    assertThat(stock.stock(milk.productId())).isEqualTo(10);
  }

  @Test
  void should_answer_not_found_for_an_unknown_product_and_reserve_nothing() {
    UUID unknown = UUID.randomUUID();
    Map<UUID, Integer> requested = new LinkedHashMap<>(items(milk, 1));
    requested.put(unknown, 1);

    assertThatThrownBy(() -> reservations.reserve(order, requested))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
              assertThat(e.detail()).isEqualTo("Product with id " + unknown + " not found");
            });
    assertThat(stock.stock(milk.productId())).isEqualTo(10);
  }

  @Test
  void should_release_nothing_for_an_order_it_never_saw() {
    reservations.release(UUID.randomUUID());

    assertThat(metrics.reservations).isEmpty();
  }
}
