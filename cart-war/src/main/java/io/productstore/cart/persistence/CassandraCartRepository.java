package io.productstore.cart.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.cart.domain.Cart;
import io.productstore.cart.domain.CartItem;
import io.productstore.cart.domain.CartRepository;
import io.productstore.common.cassandra.Cassandra;
import io.productstore.common.cassandra.PreparedStatements;
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

  private Cassandra cassandra;
  private PreparedStatements statements;

  protected CassandraCartRepository() {}

  @Inject
  public CassandraCartRepository(Cassandra cassandra, PreparedStatements statements) {
    this.cassandra = cassandra;
    this.statements = statements;
  }

  @Override
  public Cart findByUser(String username) {
    var select = statements.get("SELECT " + COLUMNS + " FROM cart_lines_by_user WHERE username = ?");
    List<CartItem> items = new ArrayList<>();
    for (Row row : cassandra.session().execute(select.bind(username))) {
      items.add(toItem(row));
    }
    return new Cart(username, items);
  }

  @Override
  public List<Cart> findAll() {
    var select = statements.get("SELECT " + COLUMNS + " FROM cart_lines_by_user");
    Map<String, List<CartItem>> byUser = new TreeMap<>();
    for (Row row : cassandra.session().execute(select.bind())) {
      byUser.computeIfAbsent(row.getString("username"), u -> new ArrayList<>()).add(toItem(row));
    }
    return byUser.entrySet().stream().map(e -> new Cart(e.getKey(), e.getValue())).toList();
  }

  private static CartItem toItem(Row row) {
    return new CartItem(row.getUuid("line_id"), row.getUuid("product_id"), row.getString("name"),
        row.getBigDecimal("price"), row.getInt("quantity"));
  }
}
