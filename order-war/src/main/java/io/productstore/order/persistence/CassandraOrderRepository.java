package io.productstore.order.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
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

  private Cql cql;

  protected CassandraOrderRepository() {}

  @Inject
  public CassandraOrderRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public List<OrderSummary> findByUser(String username) {
    List<OrderSummary> orders = new ArrayList<>();
    for (Row row : cql.execute(
        "SELECT order_id, status, total, created_at FROM orders_by_user WHERE user_id = ?", username)) {
      orders.add(new OrderSummary(row.getUuid("order_id"), OrderStatus.valueOf(row.getString("status")),
          row.getBigDecimal("total"), row.getInstant("created_at")));
    }
    return orders;
  }
}
