package io.productstore.product.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.product.domain.Listing;
import io.productstore.product.domain.Product;
import io.productstore.product.domain.ProductQuery;
import io.productstore.product.domain.ProductRepository;
import io.productstore.product.domain.StockLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Products in {@code products_by_id} (SAI on category for the listings, through the listing cache),
 * their stock in the ledger, and live counts in {@code product_counts_by_category}.
 */
@ApplicationScoped
public class CassandraProductRepository implements ProductRepository {

  /**
   * Rows per page of a listing's read: each page must come within the driver's request timeout (2
   * s), and a category's 8,000 rows in the driver's pages of 5,000 did not on a slow machine just
   * started (503 to the first listing).
   */
  private static final int LISTING_PAGE = 1000;

  private static final String COLUMNS =
      "product_id, name, category, price, description, manufacturer, created_at, updated_at";

  private Cql cql;
  private StockLedger stock;
  private ListingCache cache;

  protected CassandraProductRepository() {}

  @Inject
  public CassandraProductRepository(Cql cql, StockLedger stock, ListingCache cache) {
    this.cql = cql;
    this.stock = stock;
    this.cache = cache;
  }

  @Override
  public void insert(Product p) {
    write(p);
    stock.open(p.productId(), p.stockCount());
    count(p.category(), 1);
    cache.changed(p.category());
  }

  @Override
  public Optional<Product> findById(UUID productId) {
    // The stock's read goes out first and runs beside the product's: one round trip, not two.
    CompletionStage<Integer> stockCount = stock.stockSoon(productId);
    Row row =
        cql.execute("SELECT " + COLUMNS + " FROM products_by_id WHERE product_id = ?", productId)
            .one();
    return Optional.ofNullable(row).map(r -> toProduct(r, Math.max(0, Cql.await(stockCount))));
  }

  @Override
  public void update(Product before, Product after) {
    write(after);
    if (before.stockCount() != after.stockCount()) {
      stock.set(after.productId(), after.stockCount());
    }
    cache.changed(before.category());
    if (!before.category().equals(after.category())) {
      count(before.category(), -1);
      count(after.category(), 1);
      cache.changed(after.category());
    }
  }

  @Override
  public void delete(Product p) {
    cql.execute("DELETE FROM products_by_id WHERE product_id = ?", p.productId());
    stock.remove(p.productId());
    count(p.category(), -1);
    cache.changed(p.category());
  }

  @Override
  public List<Listing> candidates(ProductQuery query) {
    String category = query.category().orElse(ListingCache.EVERYTHING);
    return cache.get(
        category,
        query.sortBy(),
        () ->
            query.category().isPresent()
                ? load(
                    "SELECT product_id, name, category, price FROM products_by_id WHERE category = ?",
                    category)
                : load("SELECT product_id, name, category, price FROM products_by_id"));
  }

  private List<Listing> load(String select, Object... values) {
    List<Listing> listings = new ArrayList<>();
    for (Row row : cql.execute(cql.bind(select, values).setPageSize(LISTING_PAGE))) {
      listings.add(
          new Listing(
              row.getUuid("product_id"),
              row.getString("name"),
              row.getString("category"),
              row.getBigDecimal("price")));
    }
    return listings;
  }

  @Override
  public List<CategoryCount> categories() {
    List<CategoryCount> categories = new ArrayList<>();
    for (Row row :
        cql.execute("SELECT category, products FROM product_counts_by_category WHERE bucket = 0")) {
      if (row.getLong("products") > 0) {
        categories.add(new CategoryCount(row.getString("category"), row.getLong("products")));
      }
    }
    return categories;
  }

  private void write(Product p) {
    cql.execute(
        "INSERT INTO products_by_id (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        p.productId(),
        p.name(),
        p.category(),
        p.price(),
        p.description(),
        p.manufacturer(),
        p.createdAt(),
        p.updatedAt());
  }

  private void count(String category, long delta) {
    cql.execute(
        "UPDATE product_counts_by_category SET products = products + ? WHERE bucket = 0"
            + " AND category = ?",
        delta,
        category);
  }

  private static Product toProduct(Row row, int stockCount) {
    return new Product(
        row.getUuid("product_id"),
        row.getString("name"),
        row.getString("category"),
        row.getBigDecimal("price"),
        stockCount,
        row.getString("description"),
        row.getString("manufacturer"),
        row.getInstant("created_at"),
        row.getInstant("updated_at"));
  }
}
