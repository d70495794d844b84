package io.productstore.product.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductQueryTest {

  private final InMemoryProducts products = new InMemoryProducts(new InMemoryStock());
  private final Catalog catalog = new Catalog(products, new RecordingCatalogMetrics());

  private void add(String name, String category, String price) {
    catalog.create(Product.create(name, category, new BigDecimal(price), 1, null, null));
  }

  private static ProductQuery query(
      String category,
      String min,
      String max,
      String text,
      String sortBy,
      String order,
      int skip,
      int limit) {
    return ProductQuery.of(
        category,
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max),
        text,
        sortBy,
        order,
        skip,
        limit);
  }

  private static List<String> names(Page<Listing> page) {
    return page.items().stream().map(Listing::name).toList();
  }

  @Test
  void should_name_every_invalid_sort_parameter_at_once() {
    assertThatThrownBy(() -> query(null, null, null, null, "stock", "up", 0, 10))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.INVALID);
              assertThat(e.violations())
                  .extracting(DomainException.Violation::field)
                  .containsExactly("sort_by", "sort_order");
            });
  }

  @Test
  void should_reject_a_minimum_price_above_the_maximum() {
    assertThatThrownBy(() -> query(null, "10", "5", null, "name", "asc", 0, 10))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
  }

  @Test
  void should_refuse_a_page_size_over_100() {
    assertThatThrownBy(() -> query(null, null, null, null, "name", "asc", 0, 101))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
  }

  @Test
  void should_sort_by_price_then_name_across_all_pages_and_reverse_it_exactly() {
    add("Cherry", "Fruit", "3.00");
    add("apple", "Fruit", "1.00");
    add("Banana", "Fruit", "1.00");
    add("Date", "Fruit", "2.00");

    Page<Listing> first = catalog.list(query("Fruit", null, null, null, "price", "asc", 0, 2));
    Page<Listing> second = catalog.list(query("Fruit", null, null, null, "price", "asc", 2, 2));
    Page<Listing> descending =
        catalog.list(query("Fruit", null, null, null, "price", "desc", 0, 4));

    assertThat(names(first)).containsExactly("apple", "Banana");
    assertThat(names(second)).containsExactly("Date", "Cherry");
    assertThat(names(descending)).containsExactly("Cherry", "Date", "Banana", "apple");
  }

  @Test
  void should_filter_by_name_and_price_range_with_an_exact_total() {
    add("Milk 1L", "Dairy", "1.20");
    add("Milk 2L", "Dairy", "2.10");
    add("Organic milk", "Dairy", "3.50");
    add("Kefir", "Dairy", "1.30");

    Page<Listing> page = catalog.list(query("Dairy", "1.00", "3.00", "MILK", "name", "asc", 0, 1));

    assertThat(names(page)).containsExactly("Milk 1L");
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.pages()).isEqualTo(2);
    assertThat(page.hasNext()).isTrue();
  }

  @Test
  void should_list_only_the_category_asked_for_and_every_category_without_one() {
    add("Milk", "Dairy", "1.00");
    add("Bread", "Bakery", "1.00");

    assertThat(names(catalog.list(query("Bakery", null, null, null, "name", "asc", 0, 10))))
        .containsExactly("Bread");
    assertThat(catalog.list(query(null, null, null, null, "name", "asc", 0, 10)).total())
        .isEqualTo(2);
    assertThat(catalog.categories())
        .extracting(ProductRepository.CategoryCount::name)
        .containsExactly("Bakery", "Dairy");
  }

  @Test
  void should_answer_an_empty_page_past_the_end_with_the_total() {
    add("Milk", "Dairy", "1.00");

    Page<Listing> beyond = catalog.list(query("Dairy", null, null, null, "name", "asc", 50, 10));

    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(1);
  }

  @Test
  void should_answer_not_found_for_an_unknown_product() {
    assertThatThrownBy(() -> catalog.find(UUID.randomUUID()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.detail()).isEqualTo(Catalog.NOT_FOUND));
  }
}
