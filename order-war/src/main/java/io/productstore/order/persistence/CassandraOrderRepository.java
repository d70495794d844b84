package io.productstore.order.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cassandra;
import io.productstore.common.cassandra.PreparedStatements;
import io.productstore.order.domain.OrderRepository;
import io.productstore.order.domain.OrderStatus;
import io.productstore.order.domain.OrderSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Orders in Cassandra; summaries per user in {@code orders_by_user}. */
@ApplicationScoped
public class CassandraOrderRepository implements OrderRepository {

  private Cassandra cassandra;
  private PreparedStatements statements;

  protected CassandraOrderRepository() {}

  @Inject
  public CassandraOrderRepository(Cassandra cassandra, PreparedStatements statements) {
    this.cassandra = cassandra;
    this.statements = statements;
  }

  @Override
  public List<OrderSummary> findByUser(String username) {
    var select = statements.get(
        "SELECT order_id, status, total, created_at FROM orders_by_user WHERE user_id = ?");
    List<OrderSummary> orders = new ArrayList<>();
    for (Row row : cassandra.session().execute(select.bind(username))) {
      orders.add(new OrderSummary(row.getUuid("order_id"), OrderStatus.valueOf(row.getString("status")),
          row.getBigDecimal("total"), row.getInstant("created_at")));
    }
    return orders;
  }
}
