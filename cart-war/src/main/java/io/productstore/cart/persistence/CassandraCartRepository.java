package io.productstore.cart.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.cart.domain.Cart;
import io.productstore.cart.domain.CartItem;
import io.productstore.cart.domain.CartRepository;
import io.productstore.common.cassandra.Cql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Carts in {@code cart_lines_by_user}, one partition per user. Line changes are compare-and-set on
 * the quantity, so two concurrent adds of one product both count.
 */
@ApplicationScoped
public class CassandraCartRepository implements CartRepository {

  private static final String COLUMNS = "username, product_id, line_id, name, price, quantity";

  private Cql cql;

  protected CassandraCartRepository() {}

  @Inject
  public CassandraCartRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public Cart findByUser(String username) {
    List<CartItem> items = new ArrayList<>();
    for (Row row :
        cql.execute(
            "SELECT " + COLUMNS + " FROM cart_lines_by_user WHERE username = ?", username)) {
      items.add(toItem(row));
    }
    return new Cart(username, items);
  }

  @Override
  public Optional<CartItem> line(String username, UUID productId) {
    return Optional.ofNullable(
            cql.execute(
                    "SELECT "
                        + COLUMNS
                        + " FROM cart_lines_by_user"
                        + " WHERE username = ? AND product_id = ?",
                    username,
                    productId)
                .one())
        .map(CassandraCartRepository::toItem);
  }

  @Override
  public boolean insertLine(String username, CartItem item) {
    return cql.execute(
            "INSERT INTO cart_lines_by_user ("
                + COLUMNS
                + ", added_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) IF NOT EXISTS",
            username,
            item.productId(),
            item.id(),
            item.name(),
            item.price(),
            item.quantity(),
            Instant.now())
        .wasApplied();
  }

  @Override
  public boolean replaceLine(String username, int expected, CartItem item) {
    return cql.execute(
            "UPDATE cart_lines_by_user SET name = ?, price = ?, quantity = ?"
                + " WHERE username = ? AND product_id = ? IF quantity = ?",
            item.name(),
            item.price(),
            item.quantity(),
            username,
            item.productId(),
            expected)
        .wasApplied();
  }

  @Override
  public void removeLine(String username, UUID productId) {
    cql.execute(
        "DELETE FROM cart_lines_by_user WHERE username = ? AND product_id = ?",
        username,
        productId);
  }

  @Override
  public boolean removeLineIf(String username, UUID productId, int expected) {
    return cql.execute(
            "DELETE FROM cart_lines_by_user WHERE username = ? AND product_id = ? IF quantity = ?",
            username,
            productId,
            expected)
        .wasApplied();
  }

  @Override
  public void clear(String username) {
    cql.execute("DELETE FROM cart_lines_by_user WHERE username = ?", username);
  }

  @Override
  public List<Cart> findAll() {
    Map<String, List<CartItem>> byUser = new TreeMap<>();
    for (Row row : cql.execute("SELECT " + COLUMNS + " FROM cart_lines_by_user")) {
      byUser.computeIfAbsent(row.getString("username"), u -> new ArrayList<>()).add(toItem(row));
    }
    return byUser.entrySet().stream().map(e -> new Cart(e.getKey(), e.getValue())).toList();
  }

  private static CartItem toItem(Row row) {
    return new CartItem(
        row.getUuid("line_id"),
        row.getUuid("product_id"),
        row.getString("name"),
        row.getBigDecimal("price"),
        row.getInt("quantity"));
  }
}
