package io.productstore.cart.domain;

import io.productstore.common.concurrent.FanOut;
import io.productstore.common.concurrent.Parallel;
import io.productstore.common.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * What a user looked at: one entry per product, newest first, at most ten kept; and the
 * recommendations drawn from those products' categories, leaving out what was already seen.
 */
@ApplicationScoped
public class RecentViews {

  static final int KEPT = 10;
  static final int PER_CATEGORY = 100;

  private ViewRepository views;
  private ProductCatalog products;
  private Clock clock;
  private Executor fanOut;

  protected RecentViews() {}

  @Inject
  public RecentViews(
      ViewRepository views, ProductCatalog products, Clock clock, @FanOut Executor fanOut) {
    this.views = views;
    this.products = products;
    this.clock = clock;
    this.fanOut = fanOut;
  }

  public void record(String username, UUID productId) {
    products.find(productId).orElseThrow(() -> CatalogProduct.unknown(productId));
    views.record(username, productId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    newestFirst(username).stream()
        .skip(KEPT)
        .forEach(old -> views.forget(username, old.productId()));
  }

  /** At most ten, newest first, one per product. */
  public List<RecentView> recent(String username) {
    return newestFirst(username).stream().limit(KEPT).toList();
  }

  /**
   * Products of the categories seen, newest view's category first, leaving out what was seen. The
   * catalog is asked side by side: every seen product at once, then every category at once.
   */
  public Page<ProductSummary> recommendations(String username, int skip, int limit) {
    Page.requireValid(skip, limit);
    List<UUID> seen = recent(username).stream().map(RecentView::productId).toList();
    List<String> categories =
        Parallel.map(seen, products::find, fanOut).stream()
            .flatMap(Optional::stream)
            .map(CatalogProduct::category)
            .distinct()
            .toList();
    Map<UUID, ProductSummary> suggested = new LinkedHashMap<>();
    Parallel.map(categories, category -> products.inCategory(category, PER_CATEGORY), fanOut)
        .stream()
        .flatMap(List::stream)
        .filter(product -> !seen.contains(product.productId()))
        .forEach(product -> suggested.putIfAbsent(product.productId(), product));
    return Page.of(List.copyOf(suggested.values()), skip, limit);
  }

  private List<RecentView> newestFirst(String username) {
    return views.all(username).stream()
        .sorted(Comparator.comparing(RecentView::viewedAt).reversed())
        .toList();
  }
}
