package io.productstore.cart.persistence;

import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.cart.domain.RecentView;
import io.productstore.cart.domain.ViewRepository;
import io.productstore.common.cassandra.Cql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Recent views in {@code recent_views_by_user}; the service keeps each partition to ten rows. */
@ApplicationScoped
public class CassandraViewRepository implements ViewRepository {

  private Cql cql;

  protected CassandraViewRepository() {}

  @Inject
  public CassandraViewRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public void record(String username, UUID productId, Instant at) {
    cql.execute(
        "INSERT INTO recent_views_by_user (username, product_id, viewed_at) VALUES (?, ?, ?)",
        username,
        productId,
        at);
  }

  @Override
  public List<RecentView> all(String username) {
    List<RecentView> views = new ArrayList<>();
    for (Row row :
        cql.execute(
            "SELECT product_id, viewed_at FROM recent_views_by_user WHERE username = ?",
            username)) {
      views.add(new RecentView(row.getUuid("product_id"), row.getInstant("viewed_at")));
    }
    return views;
  }

  @Override
  public void forget(String username, UUID productId) {
    cql.execute(
        "DELETE FROM recent_views_by_user WHERE username = ? AND product_id = ?",
        username,
        productId);
  }
}
