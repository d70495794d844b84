package io.productstore.cart.domain;

import io.productstore.common.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

  protected RecentViews() {}

  @Inject
  public RecentViews(ViewRepository views, ProductCatalog products, Clock clock) {
    this.views = views;
    this.products = products;
    this.clock = clock;
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

  public Page<ProductSummary> recommendations(String username, int skip, int limit) {
    Page.requireValid(skip, limit);
    List<RecentView> seen = recent(username);
    Set<UUID> seenIds = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    for (RecentView view : seen) {
      seenIds.add(view.productId());
      products.find(view.productId()).map(CatalogProduct::category).ifPresent(categories::add);
    }
    Map<UUID, ProductSummary> suggested = new LinkedHashMap<>();
    for (String category : categories) {
      for (ProductSummary product : products.inCategory(category, PER_CATEGORY)) {
        if (!seenIds.contains(product.productId())) {
          suggested.putIfAbsent(product.productId(), product);
        }
      }
    }
    return Page.of(List.copyOf(suggested.values()), skip, limit);
  }

  private List<RecentView> newestFirst(String username) {
    return views.all(username).stream()
        .sorted(Comparator.comparing(RecentView::viewedAt).reversed())
        .toList();
  }
}
