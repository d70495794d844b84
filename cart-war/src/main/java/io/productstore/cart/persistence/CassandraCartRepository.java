package io.productstore.cart.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.cart.domain.Cart;
import io.productstore.cart.domain.CartItem;
import io.productstore.cart.domain.CartRepository;
import io.productstore.common.cassandra.Cql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Carts in {@code cart_lines_by_user}, one partition per user. */
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
    for (Row row : cql.execute("SELECT " + COLUMNS + " FROM cart_lines_by_user WHERE username = ?", username)) {
      items.add(toItem(row));
    }
    return new Cart(username, items);
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
    return new CartItem(row.getUuid("line_id"), row.getUuid("product_id"), row.getString("name"),
        row.getBigDecimal("price"), row.getInt("quantity"));
  }
}
