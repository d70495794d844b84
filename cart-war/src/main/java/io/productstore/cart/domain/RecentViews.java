package io.productstore.cart.domain;

import io.productstore.cart.client.CatalogProduct;
import io.productstore.cart.client.ProductGateway;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
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
  private static final int PER_CATEGORY = 100;

  private ViewRepository views;
  private ProductGateway products;

  protected RecentViews() {}

  @Inject
  public RecentViews(ViewRepository views, ProductGateway products) {
    this.views = views;
    this.products = products;
  }

  public void record(String username, UUID productId) {
    products.find(productId)
        .orElseThrow(() -> ProblemException.notFound("Product with id " + productId + " not found"));
    views.record(username, productId, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    List<RecentView> all = newestFirst(username);
    all.stream().skip(KEPT).forEach(old -> views.forget(username, old.productId()));
  }

  /** At most ten, newest first, one per product. */
  public List<RecentView> recent(String username) {
    return newestFirst(username).stream().limit(KEPT).toList();
  }

  public Page<JsonObject> recommendations(String username, int skip, int limit) {
    Page.requireValid(skip, limit);
    List<RecentView> seen = recent(username);
    Set<String> seenIds = new LinkedHashSet<>();
    Set<String> categories = new LinkedHashSet<>();
    for (RecentView view : seen) {
      seenIds.add(view.productId().toString());
      products.find(view.productId()).map(CatalogProduct::category).ifPresent(categories::add);
    }
    Map<String, JsonObject> suggested = new LinkedHashMap<>();
    for (String category : categories) {
      for (JsonObject product : products.inCategory(category, PER_CATEGORY)) {
        String id = product.getString("product_id");
        if (!seenIds.contains(id)) {
          suggested.putIfAbsent(id, product);
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
