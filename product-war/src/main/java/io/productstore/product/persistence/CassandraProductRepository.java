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

/**
 * Products in {@code products_by_id} (SAI on category and price for the listings), their stock in
 * the ledger, and live counts in {@code product_counts_by_category}.
 */
@ApplicationScoped
public class CassandraProductRepository implements ProductRepository {

  private static final String COLUMNS =
      "product_id, name, category, price, description, manufacturer, created_at, updated_at";

  private Cql cql;
  private StockLedger stock;

  protected CassandraProductRepository() {}

  @Inject
  public CassandraProductRepository(Cql cql, StockLedger stock) {
    this.cql = cql;
    this.stock = stock;
  }

  @Override
  public void insert(Product p) {
    write(p);
    stock.open(p.productId(), p.stockCount());
    count(p.category(), 1);
  }

  @Override
  public Optional<Product> findById(UUID productId) {
    Row row = cql.execute("SELECT " + COLUMNS + " FROM products_by_id WHERE product_id = ?", productId).one();
    return Optional.ofNullable(row).map(r -> toProduct(r, Math.max(0, stock.stock(productId))));
  }

  @Override
  public void update(Product before, Product after) {
    write(after);
    if (before.stockCount() != after.stockCount()) {
      stock.set(after.productId(), after.stockCount());
    }
    if (!before.category().equals(after.category())) {
      count(before.category(), -1);
      count(after.category(), 1);
    }
  }

  @Override
  public void delete(Product p) {
    cql.execute("DELETE FROM products_by_id WHERE product_id = ?", p.productId());
    stock.remove(p.productId());
    count(p.category(), -1);
  }

  @Override
  public List<Listing> candidates(ProductQuery query) {
    List<String> where = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    query.category().ifPresent(c -> {
      where.add("category = ?");
      values.add(c);
    });
    query.minPrice().ifPresent(min -> {
      where.add("price >= ?");
      values.add(min);
    });
    query.maxPrice().ifPresent(max -> {
      where.add("price <= ?");
      values.add(max);
    });
    String cql = "SELECT product_id, name, category, price FROM products_by_id"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    List<Listing> listings = new ArrayList<>();
    for (Row row : this.cql.execute(cql, values.toArray())) {
      listings.add(new Listing(row.getUuid("product_id"), row.getString("name"),
          row.getString("category"), row.getBigDecimal("price")));
    }
    return listings;
  }

  @Override
  public List<CategoryCount> categories() {
    List<CategoryCount> categories = new ArrayList<>();
    for (Row row : cql.execute(
        "SELECT category, products FROM product_counts_by_category WHERE bucket = 0")) {
      if (row.getLong("products") > 0) {
        categories.add(new CategoryCount(row.getString("category"), row.getLong("products")));
      }
    }
    return categories;
  }

  private void write(Product p) {
    cql.execute(cql.bind("INSERT INTO products_by_id (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            p.productId(), p.name(), p.category(), p.price(), p.description(), p.manufacturer(),
            p.createdAt(), p.updatedAt())
        .setIdempotent(true));
  }

  private void count(String category, long delta) {
    cql.execute("UPDATE product_counts_by_category SET products = products + ? WHERE bucket = 0"
        + " AND category = ?", delta, category);
  }

  private static Product toProduct(Row row, int stockCount) {
    return new Product(row.getUuid("product_id"), row.getString("name"), row.getString("category"),
        row.getBigDecimal("price"), stockCount, row.getString("description"),
        row.getString("manufacturer"), row.getInstant("created_at"), row.getInstant("updated_at"));
  }
}
