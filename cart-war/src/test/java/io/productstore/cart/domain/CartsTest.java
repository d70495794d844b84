package io.productstore.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartsTest {

  private final InMemoryCarts repository = new InMemoryCarts();
  private final FakeCatalog catalog = new FakeCatalog();
  private final RecordingCartMetrics metrics = new RecordingCartMetrics();
  private final Carts carts = new Carts(repository, catalog, metrics);
  private final CatalogProduct milk = catalog.add("Milk", "Dairy", "1.50", 20);

  @Test
  void should_open_a_line_at_the_catalog_name_and_price() {
    CartItem line = carts.add("anna", milk.productId(), 2);

    assertThat(line.name()).isEqualTo("Milk");
    assertThat(line.totalPrice()).isEqualByComparingTo("3.00");
    assertThat(carts.of("anna").total()).isEqualByComparingTo("3.00");
    assertThat(metrics.unitsAdded).isEqualTo(2);
  }

  @Test
  void should_merge_a_second_add_of_the_same_product_into_its_line() {
    CartItem first = carts.add("anna", milk.productId(), 2);
    CartItem second = carts.add("anna", milk.productId(), 3);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(carts.of("anna").items())
        .singleElement()
        .satisfies(line -> assertThat(line.quantity()).isEqualTo(5));
  }

  @Test
  void should_keep_both_adds_when_another_request_raises_the_line_meanwhile() {
    carts.add("anna", milk.productId(), 1);
    repository.meanwhile(
        () ->
            repository.put(
                "anna", repository.line("anna", milk.productId()).orElseThrow().withQuantity(4)));

    carts.add("anna", milk.productId(), 2);

    assertThat(repository.line("anna", milk.productId()).orElseThrow().quantity()).isEqualTo(6);
  }

  @Test
  void should_refuse_a_line_above_1000_naming_the_quantity() {
    CatalogProduct plenty = catalog.add("Rice", "Grocery", "2.00", 5000);

    assertThatThrownBy(() -> carts.add("anna", plenty.productId(), 1001))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID);
              assertThat(e.violations())
                  .extracting(DomainException.Violation::field)
                  .containsExactly("quantity");
            });
    assertThat(carts.of("anna").isEmpty()).isTrue();
  }

  @Test
  void should_refuse_a_merged_line_larger_than_the_stock_and_keep_what_was_there() {
    carts.add("anna", milk.productId(), 15);

    assertThatThrownBy(() -> carts.add("anna", milk.productId(), 6))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
              assertThat(e.detail()).isEqualTo("Not enough items in stock");
            });
    assertThat(repository.line("anna", milk.productId()).orElseThrow().quantity()).isEqualTo(15);
  }

  @Test
  void should_answer_not_found_in_the_words_of_the_api_for_an_unknown_product() {
    UUID unknown = UUID.randomUUID();

    assertThatThrownBy(() -> carts.add("anna", unknown, 1))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
              assertThat(e.detail()).isEqualTo("Product with id " + unknown + " not found");
            });
  }

  @Test
  void should_show_the_current_price_after_the_catalog_changed_it() {
    carts.add("anna", milk.productId(), 2);
    catalog.reprice(milk.productId(), "Fresh milk", "2.00");

    Cart cart = carts.of("anna");

    assertThat(cart.items().get(0).name()).isEqualTo("Fresh milk");
    assertThat(cart.total()).isEqualByComparingTo("4.00");
  }

  @Test
  void should_show_the_recorded_price_when_the_catalog_is_down() {
    carts.add("anna", milk.productId(), 2);
    catalog.down();

    assertThat(carts.of("anna").total()).isEqualByComparingTo("3.00");
  }

  @Test
  void should_set_a_quantity_by_line_id_or_by_product_id() {
    CartItem line = carts.add("anna", milk.productId(), 1);

    carts.setQuantity("anna", line.id(), 4);
    assertThat(carts.of("anna").items().get(0).quantity()).isEqualTo(4);

    carts.setQuantity("anna", milk.productId(), 7);
    assertThat(carts.of("anna").items().get(0).quantity()).isEqualTo(7);
  }

  @Test
  void should_refuse_a_quantity_of_zero() {
    CartItem line = carts.add("anna", milk.productId(), 1);

    assertThatThrownBy(() -> carts.setQuantity("anna", line.id(), 0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
  }

  @Test
  void should_answer_not_found_for_a_line_not_in_the_cart() {
    assertThatThrownBy(() -> carts.remove("anna", UUID.randomUUID()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.detail()).isEqualTo("Item not found in cart"));
  }

  @Test
  void should_keep_the_difference_when_a_bought_line_was_raised_meanwhile() {
    carts.add("anna", milk.productId(), 5);

    carts.removeBought("anna", Map.of(milk.productId(), 2));

    assertThat(carts.of("anna").items().get(0).quantity()).isEqualTo(3);
  }

  @Test
  void should_take_a_bought_line_out_and_leave_a_removed_line_removed() {
    CatalogProduct bread = catalog.add("Bread", "Bakery", "0.90", 10);
    carts.add("anna", milk.productId(), 2);

    carts.removeBought("anna", Map.of(milk.productId(), 2, bread.productId(), 1));

    assertThat(carts.of("anna").isEmpty()).isTrue();
  }

  @Test
  void should_give_up_with_unavailable_when_the_line_changes_on_every_attempt() {
    carts.add("anna", milk.productId(), 1);
    repository.alwaysChanging();

    assertThatThrownBy(() -> carts.add("anna", milk.productId(), 1))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
              assertThat(e.detail()).isEqualTo(Carts.BUSY);
            });
    assertThat(repository.line("anna", milk.productId()).orElseThrow().quantity()).isEqualTo(1);
  }
}
