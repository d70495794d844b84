package io.productstore.product.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.product.domain.Product;
import io.productstore.product.domain.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Products in {@code products_by_id}. */
@ApplicationScoped
public class CassandraProductRepository implements ProductRepository {

  private static final String COLUMNS =
      "product_id, name, category, price, stock_count, description, manufacturer, created_at, updated_at";

  private Cql cql;

  protected CassandraProductRepository() {}

  @Inject
  public CassandraProductRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public void insert(Product p) {
    cql.execute(cql.bind("INSERT INTO products_by_id (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            p.productId(), p.name(), p.category(), p.price(), p.stockCount(), p.description(),
            p.manufacturer(), p.createdAt(), p.updatedAt())
        .setIdempotent(true));
  }

  @Override
  public Optional<Product> findById(UUID productId) {
    return Optional.ofNullable(
            cql.execute("SELECT " + COLUMNS + " FROM products_by_id WHERE product_id = ?", productId).one())
        .map(CassandraProductRepository::toProduct);
  }

  private static Product toProduct(Row row) {
    return new Product(row.getUuid("product_id"), row.getString("name"), row.getString("category"),
        row.getBigDecimal("price"), row.getInt("stock_count"), row.getString("description"),
        row.getString("manufacturer"), row.getInstant("created_at"), row.getInstant("updated_at"));
  }
}
