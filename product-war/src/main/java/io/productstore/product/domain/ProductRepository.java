package io.productstore.product.domain;

import java.util.Optional;
import java.util.UUID;

/** Where products are kept. */
public interface ProductRepository {

  void insert(Product product);

  Optional<Product> findById(UUID productId);
}
