package io.productstore.cart.client;

import io.productstore.cart.domain.CatalogProduct;
import io.productstore.cart.domain.ProductCatalog;
import io.productstore.cart.domain.ProductSummary;
import io.productstore.common.client.Downstream;
import io.productstore.common.client.Outbound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The catalog as the cart sees it: bounded in time, cut off while failing, unavailable when down.
 */
@ApplicationScoped
@Outbound
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
public class ProductGateway implements ProductCatalog {

  private static final String SERVICE = "product service";

  private ProductApi products;

  protected ProductGateway() {}

  @Inject
  public ProductGateway(@RestClient ProductApi products) {
    this.products = products;
  }

  @Override
  public Optional<CatalogProduct> find(UUID productId) {
    return Downstream.find(SERVICE, () -> products.product(productId.toString()));
  }

  @Override
  @Timeout(2000)
  @Fallback(fallbackMethod = "notKnownNow")
  public Optional<CatalogProduct> current(UUID productId) {
    return find(productId);
  }

  Optional<CatalogProduct> notKnownNow(UUID productId) {
    return Optional.empty();
  }

  @Override
  public List<ProductSummary> inCategory(String category, int limit) {
    return Downstream.call(SERVICE, () -> products.inCategory(category, limit)).items();
  }
}
