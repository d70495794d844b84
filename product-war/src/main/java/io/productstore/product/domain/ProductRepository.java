package io.productstore.product.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where products, their stock and the category counts are kept. */
public interface ProductRepository {

  /** A category and how many products it has now. */
  record CategoryCount(String name, long productCount) {}

  void insert(Product product);

  Optional<Product> findById(UUID productId);

  /** Writes a changed product; its stock and category counts follow. */
  void update(Product before, Product after);

  void delete(Product product);

  /**
   * The products of the query's category (all of them without a category), sorted ascending by the
   * query's sort key.
   */
  List<Listing> candidates(ProductQuery query);

  /** Categories with at least one product, sorted by name. */
  List<CategoryCount> categories();
}
