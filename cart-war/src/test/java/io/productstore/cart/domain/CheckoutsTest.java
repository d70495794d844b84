package io.productstore.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.cart.domain.CartMetrics.CheckoutOutcome;
import io.productstore.cart.domain.CartMetrics.RecoveryOutcome;
import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Refused;
import io.productstore.testing.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckoutsTest {

  private static final Duration RECOVERY_AFTER = Duration.ofSeconds(40);

  private final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  private final InMemoryCarts cartLines = new InMemoryCarts();
  private final InMemoryCheckouts intents = new InMemoryCheckouts();
  private final FakeCatalog catalog = new FakeCatalog();
  private final FakeOrders orders = new FakeOrders(catalog);
  private final RecordingCartMetrics metrics = new RecordingCartMetrics();
  private final Carts carts = new Carts(cartLines, catalog, metrics);
  private final Checkouts checkouts =
      new Checkouts(carts, cartLines, intents, orders, metrics, clock);
  private final CatalogProduct milk = catalog.add("Milk", "Dairy", "1.50", 20);
  private final CatalogProduct bread = catalog.add("Bread", "Bakery", "0.90", 20);

  @Test
  void should_place_one_order_of_the_cart_at_catalog_prices_and_empty_the_cart() {
    carts.add("anna", milk.productId(), 2);
    carts.add("anna", bread.productId(), 1);

    PlacedOrder order = checkouts.checkout("anna", "t", Optional.of("k1"));

    assertThat(order.total()).isEqualByComparingTo("3.90");
    assertThat(order.items()).hasSize(2);
    assertThat(carts.of("anna").isEmpty()).isTrue();
    assertThat(metrics.checkouts).containsExactly(CheckoutOutcome.OK);
    assertThat(metrics.values).containsExactly(order.total());
    assertThat(intents.pending).isEmpty();
  }

  @Test
  void should_answer_the_same_order_for_the_same_key_and_leave_what_was_added_since() {
    carts.add("anna", milk.productId(), 2);
    PlacedOrder first = checkouts.checkout("anna", "t", Optional.of("k1"));
    carts.add("anna", bread.productId(), 1);

    PlacedOrder again = checkouts.checkout("anna", "t", Optional.of("k1"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(orders.placed).hasSize(1);
    assertThat(carts.of("anna").items())
        .extracting(CartItem::productId)
        .containsExactly(bread.productId());
    assertThat(metrics.checkouts).containsExactly(CheckoutOutcome.OK);
  }

  @Test
  void should_place_two_orders_for_two_keys() {
    carts.add("anna", milk.productId(), 1);
    PlacedOrder first = checkouts.checkout("anna", "t", Optional.of("k1"));
    carts.add("anna", milk.productId(), 1);

    PlacedOrder second = checkouts.checkout("anna", "t", Optional.empty());

    assertThat(second.id()).isNotEqualTo(first.id());
  }

  @Test
  void should_reject_an_empty_cart_without_asking_the_order_service() {
    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.REJECTED);
              assertThat(e.detail()).isEqualTo("Cart is empty");
            });
    assertThat(orders.placed).isEmpty();
    assertThat(metrics.checkouts).containsExactly(CheckoutOutcome.EMPTY);
  }

  @Test
  void should_keep_the_cart_and_free_the_key_when_stock_is_short() {
    carts.add("anna", milk.productId(), 2);
    orders.refuse(Reason.CONFLICT, "Not enough items in stock");

    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOfSatisfying(
            Refused.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));

    assertThat(carts.of("anna").items()).hasSize(1);
    assertThat(intents.intents).isEmpty();
    assertThat(intents.pending).isEmpty();
    assertThat(metrics.checkouts).containsExactly(CheckoutOutcome.SHORT_STOCK);
    orders.back();
    assertThat(checkouts.checkout("anna", "t", Optional.of("k1")).items()).hasSize(1);
  }

  @Test
  void should_keep_the_intent_for_a_retry_when_the_buyers_token_is_refused() {
    carts.add("anna", milk.productId(), 2);
    orders.refuse(Reason.UNAUTHENTICATED, "The order service refused the caller's token");

    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOf(Refused.class);

    assertThat(intents.pending).hasSize(1);
    assertThat(metrics.checkouts).isEmpty();
  }

  @Test
  void should_count_an_outage_keep_the_cart_and_let_the_recovery_finish_it_later() {
    carts.add("anna", milk.productId(), 2);
    orders.down();

    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOf(DependencyUnavailable.class);
    assertThat(metrics.checkouts).containsExactly(CheckoutOutcome.DOWNSTREAM_ERROR);
    assertThat(carts.of("anna").items()).hasSize(1);

    orders.back();
    clock.advance(RECOVERY_AFTER.plusSeconds(1));
    checkouts.recover(clock.instant().minus(RECOVERY_AFTER));

    assertThat(orders.placed).hasSize(1);
    assertThat(orders.buyers).containsExactly("service for anna");
    assertThat(carts.of("anna").isEmpty()).isTrue();
    assertThat(metrics.recoveries).containsExactly(RecoveryOutcome.COMPLETED);
    assertThat(intents.pending).isEmpty();
  }

  @Test
  void should_finish_the_unfinished_checkout_when_the_buyer_clicks_again_not_buy_twice() {
    carts.add("anna", milk.productId(), 2);
    orders.down();
    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.empty()))
        .isInstanceOf(DependencyUnavailable.class);
    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.empty()))
        .isInstanceOf(DependencyUnavailable.class);
    orders.back();

    PlacedOrder order = checkouts.checkout("anna", "t", Optional.empty());
    clock.advance(RECOVERY_AFTER.plusSeconds(1));
    checkouts.recover(clock.instant().minus(RECOVERY_AFTER));

    assertThat(orders.placed).hasSize(1);
    assertThat(orders.placed.values()).extracting(PlacedOrder::id).containsExactly(order.id());
    assertThat(carts.of("anna").isEmpty()).isTrue();
    assertThat(intents.pending).isEmpty();
    assertThat(metrics.recoveries).isEmpty();
  }

  @Test
  void should_leave_a_checkout_younger_than_the_recovery_delay_to_its_request() {
    carts.add("anna", milk.productId(), 2);
    orders.down();
    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOf(DependencyUnavailable.class);
    orders.back();

    clock.advance(Duration.ofSeconds(10));
    checkouts.recover(clock.instant().minus(RECOVERY_AFTER));

    assertThat(orders.placed).isEmpty();
    assertThat(intents.pending).hasSize(1);
  }

  @Test
  void should_count_a_recovery_that_fails_again_and_retry_it_on_the_next_pass() {
    carts.add("anna", milk.productId(), 2);
    orders.down();
    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOf(DependencyUnavailable.class);
    clock.advance(RECOVERY_AFTER.plusSeconds(1));

    checkouts.recover(clock.instant().minus(RECOVERY_AFTER));
    orders.back();
    checkouts.recover(clock.instant().minus(RECOVERY_AFTER));

    assertThat(metrics.recoveries)
        .containsExactly(RecoveryOutcome.FAILED, RecoveryOutcome.COMPLETED);
    assertThat(carts.of("anna").isEmpty()).isTrue();
  }

  @Test
  void should_drop_an_unfinished_checkout_the_order_service_refuses_for_good() {
    carts.add("anna", milk.productId(), 2);
    orders.down();
    assertThatThrownBy(() -> checkouts.checkout("anna", "t", Optional.of("k1")))
        .isInstanceOf(DependencyUnavailable.class);
    orders.refuse(Reason.CONFLICT, "Not enough items in stock");
    clock.advance(RECOVERY_AFTER.plusSeconds(1));

    checkouts.recover(clock.instant().minus(RECOVERY_AFTER));

    assertThat(metrics.recoveries).containsExactly(RecoveryOutcome.REFUSED);
    assertThat(intents.pending).isEmpty();
    assertThat(carts.of("anna").items()).hasSize(1);
  }
}
