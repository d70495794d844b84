package io.productstore.product.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Products in memory; candidates sorted as the Cassandra adapter's listing snapshot sorts them. */
final class InMemoryProducts implements ProductRepository {

  final Map<UUID, Product> products = new LinkedHashMap<>();
  private final StockLedger stock;

  InMemoryProducts(StockLedger stock) {
    this.stock = stock;
  }

  @Override
  public void insert(Product product) {
    products.put(product.productId(), product);
    stock.open(product.productId(), product.stockCount());
  }

  @Override
  public Optional<Product> findById(UUID productId) {
    return Optional.ofNullable(products.get(productId));
  }

  @Override
  public void update(Product before, Product after) {
    products.put(after.productId(), after);
    stock.set(after.productId(), after.stockCount());
  }

  @Override
  public void delete(Product product) {
    products.remove(product.productId());
    stock.remove(product.productId());
  }

  @Override
  public List<Listing> candidates(ProductQuery query) {
    return products.values().stream()
        .filter(p -> query.category().map(p.category()::equals).orElse(true))
        .map(p -> new Listing(p.productId(), p.name(), p.category(), p.price()))
        .sorted(ProductQuery.ascending(query.sortBy()))
        .toList();
  }

  @Override
  public List<CategoryCount> categories() {
    return products.values().stream()
        .collect(Collectors.groupingBy(Product::category, TreeMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .map(entry -> new CategoryCount(entry.getKey(), entry.getValue()))
        .toList();
  }
}
