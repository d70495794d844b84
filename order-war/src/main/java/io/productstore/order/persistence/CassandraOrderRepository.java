package io.productstore.order.persistence;

import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.order.domain.Order;
import io.productstore.order.domain.OrderItem;
import io.productstore.order.domain.OrderRepository;
import io.productstore.order.domain.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders in {@code orders_by_id} (status changes are compare-and-set on status), the user index in
 * {@code order_ids_by_user}, and the schedule in {@code unfinished_orders}, spread over a few
 * partitions so one poll reads it all.
 */
@ApplicationScoped
public class CassandraOrderRepository implements OrderRepository {

  private static final int SHARDS = 8;
  private static final String COLUMNS =
      "order_id, user_id, status, items, total, created_at, updated_at, status_history, next_due_at, trace_parent";
  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type ITEMS =
      new ArrayList<OrderItem>() {
        private static final long serialVersionUID = 1L;
      }.getClass().getGenericSuperclass();

  private Cql cql;

  protected CassandraOrderRepository() {}

  @Inject
  public CassandraOrderRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public Optional<Order> find(UUID orderId) {
    return Optional.ofNullable(
            cql.execute("SELECT " + COLUMNS + " FROM orders_by_id WHERE order_id = ?", orderId)
                .one())
        .map(CassandraOrderRepository::toOrder);
  }

  @Override
  public Order insertIfAbsent(Order order) {
    ResultSet result =
        cql.execute(
            "INSERT INTO orders_by_id ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " IF NOT EXISTS",
            order.id(),
            order.userId(),
            order.status().name(),
            JSON.toJson(order.items()),
            order.total(),
            order.createdAt(),
            order.updatedAt(),
            history(order),
            order.nextDueAt(),
            order.traceParent());
    return result.wasApplied() ? order : toOrder(result.one());
  }

  @Override
  public boolean replace(Order current, Order next) {
    return cql.execute(
            "UPDATE orders_by_id SET status = ?, items = ?, total = ?, updated_at = ?,"
                + " status_history = ?, next_due_at = ? WHERE order_id = ? IF status = ?",
            next.status().name(),
            JSON.toJson(next.items()),
            next.total(),
            next.updatedAt(),
            history(next),
            next.nextDueAt(),
            next.id(),
            current.status().name())
        .wasApplied();
  }

  @Override
  public void index(Order order) {
    cql.execute(
        "INSERT INTO order_ids_by_user (user_id, created_at, order_id) VALUES (?, ?, ?)",
        order.userId(),
        order.createdAt(),
        order.id());
  }

  @Override
  public List<UUID> idsOfUser(String userId) {
    List<UUID> ids = new ArrayList<>();
    for (Row row :
        cql.execute("SELECT order_id FROM order_ids_by_user WHERE user_id = ?", userId)) {
      ids.add(row.getUuid("order_id"));
    }
    return ids;
  }

  @Override
  public List<Order> all() {
    List<Order> orders = new ArrayList<>();
    for (Row row : cql.execute("SELECT " + COLUMNS + " FROM orders_by_id")) {
      orders.add(toOrder(row));
    }
    return orders;
  }

  @Override
  public void schedule(UUID orderId, Instant dueAt) {
    cql.execute(
        "INSERT INTO unfinished_orders (shard, order_id, due_at) VALUES (?, ?, ?)",
        shard(orderId),
        orderId,
        dueAt);
  }

  @Override
  public void unschedule(UUID orderId) {
    cql.execute(
        "DELETE FROM unfinished_orders WHERE shard = ? AND order_id = ?", shard(orderId), orderId);
  }

  @Override
  public List<UUID> due(Instant now) {
    List<UUID> due = new ArrayList<>();
    for (int shard = 0; shard < SHARDS; shard++) {
      for (Row row :
          cql.execute("SELECT order_id, due_at FROM unfinished_orders WHERE shard = ?", shard)) {
        if (!row.getInstant("due_at").isAfter(now)) {
          due.add(row.getUuid("order_id"));
        }
      }
    }
    return due;
  }

  private static int shard(UUID orderId) {
    return Math.floorMod(orderId.hashCode(), SHARDS);
  }

  private static Map<String, Instant> history(Order order) {
    Map<String, Instant> history = new HashMap<>();
    order.statusHistory().forEach((status, at) -> history.put(status.name(), at));
    return history;
  }

  private static Order toOrder(Row row) {
    Map<OrderStatus, Instant> history = new EnumMap<>(OrderStatus.class);
    row.getMap("status_history", String.class, Instant.class)
        .forEach((status, at) -> history.put(OrderStatus.valueOf(status), at));
    String items = row.getString("items");
    return new Order(
        row.getUuid("order_id"),
        row.getString("user_id"),
        items == null ? List.of() : JSON.fromJson(items, ITEMS),
        row.getBigDecimal("total"),
        OrderStatus.valueOf(row.getString("status")),
        row.getInstant("created_at"),
        row.getInstant("updated_at"),
        history,
        row.getInstant("next_due_at"),
        row.getString("trace_parent"));
  }
}
