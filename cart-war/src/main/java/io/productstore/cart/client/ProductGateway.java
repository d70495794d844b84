package io.productstore.cart.client;

import io.productstore.common.client.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The catalog as the cart sees it: bounded in time, cut off while failing, 503 when down. */
@ApplicationScoped
public class ProductGateway {

  private static final String SERVICE = "product service";

  private ProductApi products;

  protected ProductGateway() {}

  @Inject
  public ProductGateway(@RestClient ProductApi products) {
    this.products = products;
  }

  /** The product now, or empty when the catalog has no such product. */
  @Timeout(3000)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
  public Optional<CatalogProduct> find(UUID productId) {
    return Downstream.find(SERVICE, () -> products.product(productId.toString())).map(CatalogProduct::of);
  }

  /**
   * The product now for showing a cart; when the catalog cannot answer, empty, and the cart shows
   * the name and price its line recorded (a stale price beats no cart at all).
   */
  @Timeout(2000)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
  @Fallback(fallbackMethod = "notKnownNow")
  public Optional<CatalogProduct> current(UUID productId) {
    return Downstream.find(SERVICE, () -> products.product(productId.toString())).map(CatalogProduct::of);
  }

  Optional<CatalogProduct> notKnownNow(UUID productId) {
    return Optional.empty();
  }

  /** The first products of a category, by name, as Product list items. */
  @Timeout(3000)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
  public List<JsonObject> inCategory(String category, int limit) {
    return Downstream.call(SERVICE, () -> products.inCategory(category, limit))
        .getJsonArray("items").getValuesAs(JsonObject.class);
  }
}
