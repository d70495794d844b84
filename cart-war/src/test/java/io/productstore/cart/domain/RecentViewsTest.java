package io.productstore.cart.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Page;
import io.productstore.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentViewsTest {

  private final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  private final InMemoryViews repository = new InMemoryViews();
  private final FakeCatalog catalog = new FakeCatalog();
  private final RecentViews views = new RecentViews(repository, catalog, clock, Runnable::run);

  private void view(CatalogProduct product) {
    views.record("anna", product.productId());
    clock.advance(Duration.ofSeconds(1));
  }

  @Test
  void should_list_each_product_once_newest_first() {
    CatalogProduct milk = catalog.add("Milk", "Dairy", "1.50", 5);
    CatalogProduct bread = catalog.add("Bread", "Bakery", "0.90", 5);

    view(milk);
    view(bread);
    view(milk);

    assertThat(views.recent("anna"))
        .extracting(RecentView::productId)
        .containsExactly(milk.productId(), bread.productId());
  }

  @Test
  void should_keep_only_the_ten_latest() {
    List<CatalogProduct> products =
        IntStream.range(0, 12).mapToObj(i -> catalog.add("P" + i, "Dairy", "1.00", 5)).toList();

    products.forEach(this::view);

    assertThat(views.recent("anna"))
        .hasSize(RecentViews.KEPT)
        .extracting(RecentView::productId)
        .first()
        .isEqualTo(products.get(11).productId());
    assertThat(repository.all("anna")).hasSize(RecentViews.KEPT);
  }

  @Test
  void should_not_record_a_product_the_catalog_does_not_know() {
    assertThatThrownBy(() -> views.record("anna", UUID.randomUUID()))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
    assertThat(views.recent("anna")).isEmpty();
  }

  @Test
  void should_recommend_the_unseen_products_of_the_categories_seen() {
    CatalogProduct milk = catalog.add("Milk", "Dairy", "1.50", 5);
    CatalogProduct kefir = catalog.add("Kefir", "Dairy", "1.20", 5);
    CatalogProduct cheese = catalog.add("Cheese", "Dairy", "4.00", 5);
    catalog.add("Bread", "Bakery", "0.90", 5);
    view(milk);
    view(cheese);

    Page<ProductSummary> page = views.recommendations("anna", 0, 10);

    assertThat(page.items())
        .extracting(ProductSummary::productId)
        .containsExactly(kefir.productId());
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void should_recommend_nothing_before_anything_was_seen_and_refuse_a_bad_limit() {
    assertThat(views.recommendations("anna", 0, 10).items()).isEmpty();
    assertThatThrownBy(() -> views.recommendations("anna", 0, 0))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID));
  }

  @Test
  void should_ask_the_catalog_about_every_seen_product_at_once() throws Exception {
    CatalogProduct milk = catalog.add("Milk", "Dairy", "1.50", 5);
    CatalogProduct bread = catalog.add("Bread", "Bakery", "0.90", 5);
    view(milk);
    view(bread);
    CountDownLatch bothAsked = new CountDownLatch(2);
    ProductCatalog slow =
        new ProductCatalog() {
          @Override
          public Optional<CatalogProduct> find(UUID productId) {
            bothAsked.countDown();
            try {
              if (!bothAsked.await(2, TimeUnit.SECONDS)) {
                throw new AssertionError("the products were asked one after the other");
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return catalog.find(productId);
          }

          @Override
          public Optional<CatalogProduct> current(UUID productId) {
            return catalog.current(productId);
          }

          @Override
          public List<ProductSummary> inCategory(String category, int limit) {
            return catalog.inCategory(category, limit);
          }
        };
    ExecutorService fanOut = Executors.newFixedThreadPool(4);
    try {
      RecentViews parallel = new RecentViews(repository, slow, clock, fanOut);

      assertThat(parallel.recommendations("anna", 0, 10).items()).isEmpty();
      assertThat(bothAsked.getCount()).isZero();
    } finally {
      fanOut.shutdownNow();
    }
  }
}
