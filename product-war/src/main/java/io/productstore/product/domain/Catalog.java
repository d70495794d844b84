package io.productstore.product.domain;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The catalog's changes and listings, counted in the business metrics. */
@ApplicationScoped
public class Catalog {

  static final String NOT_FOUND = "Product not found";

  private ProductRepository products;
  private CatalogMetrics metrics;

  protected Catalog() {}

  @Inject
  public Catalog(ProductRepository products, CatalogMetrics metrics) {
    this.products = products;
    this.metrics = metrics;
  }

  public Product create(Product product) {
    products.insert(product);
    metrics.changed(CatalogMetrics.Change.CREATED);
    return product;
  }

  public Product find(UUID productId) {
    return products.findById(productId).orElseThrow(() -> DomainException.notFound(NOT_FOUND));
  }

  public Product update(UUID productId, ProductPatch patch) {
    Product before = find(productId);
    Product after = before.apply(patch);
    products.update(before, after);
    metrics.changed(CatalogMetrics.Change.UPDATED);
    return after;
  }

  public void delete(UUID productId) {
    products.delete(find(productId));
    metrics.changed(CatalogMetrics.Change.DELETED);
  }

  public Page<Listing> list(ProductQuery query) {
    return query.page(products.candidates(query));
  }

  public List<ProductRepository.CategoryCount> categories() {
    return products.categories();
  }
}
