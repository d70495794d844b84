package io.productstore.product.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.product.domain.ReservationLog;
import io.productstore.product.domain.ReservedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Each order's reserved items in {@code reservations_by_order}, one partition per order. */
@ApplicationScoped
public class CassandraReservationLog implements ReservationLog {

  private Cql cql;

  protected CassandraReservationLog() {}

  @Inject
  public CassandraReservationLog(Cql cql) {
    this.cql = cql;
  }

  @Override
  public List<ReservedItem> items(UUID orderId) {
    List<ReservedItem> items = new ArrayList<>();
    for (Row row :
        cql.execute(
            "SELECT product_id, name, price, quantity FROM reservations_by_order"
                + " WHERE order_id = ?",
            orderId)) {
      items.add(
          new ReservedItem(
              row.getUuid("product_id"),
              row.getString("name"),
              row.getBigDecimal("price"),
              row.getInt("quantity")));
    }
    return items;
  }

  @Override
  public void record(UUID orderId, List<ReservedItem> items) {
    for (ReservedItem item : items) {
      cql.execute(
          "INSERT INTO reservations_by_order (order_id, product_id, name, price, quantity)"
              + " VALUES (?, ?, ?, ?, ?)",
          orderId,
          item.productId(),
          item.name(),
          item.price(),
          item.quantity());
    }
  }
}
