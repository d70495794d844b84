package io.productstore.cart.persistence;

import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.cart.domain.CheckoutIntent;
import io.productstore.cart.domain.CheckoutRepository;
import io.productstore.common.cassandra.Cql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Intents in {@code checkouts_by_user}; unfinished ones also in {@code pending_checkouts}. */
@ApplicationScoped
public class CassandraCheckoutRepository implements CheckoutRepository {

  private static final int SHARDS = 4;
  private static final String COLUMNS =
      "username, idempotency_key, checkout_id, lines, state, created_at";

  private Cql cql;

  protected CassandraCheckoutRepository() {}

  @Inject
  public CassandraCheckoutRepository(Cql cql) {
    this.cql = cql;
  }

  @Override
  public Optional<CheckoutIntent> find(String username, String idempotencyKey) {
    return Optional.ofNullable(
            cql.execute(
                    "SELECT "
                        + COLUMNS
                        + " FROM checkouts_by_user"
                        + " WHERE username = ? AND idempotency_key = ?",
                    username,
                    idempotencyKey)
                .one())
        .map(CassandraCheckoutRepository::toIntent);
  }

  @Override
  public CheckoutIntent insertIfAbsent(CheckoutIntent intent) {
    ResultSet result =
        cql.execute(
            "INSERT INTO checkouts_by_user ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)"
                + " IF NOT EXISTS",
            intent.username(),
            intent.idempotencyKey(),
            intent.checkoutId(),
            intent.lines(),
            "PENDING",
            intent.createdAt());
    return result.wasApplied() ? intent : toIntent(result.one());
  }

  @Override
  public void complete(CheckoutIntent intent, UUID orderId) {
    cql.execute(
        "UPDATE checkouts_by_user SET state = 'COMPLETED', order_id = ?"
            + " WHERE username = ? AND idempotency_key = ?",
        orderId,
        intent.username(),
        intent.idempotencyKey());
  }

  @Override
  public void delete(CheckoutIntent intent) {
    cql.execute(
        "DELETE FROM checkouts_by_user WHERE username = ? AND idempotency_key = ?",
        intent.username(),
        intent.idempotencyKey());
  }

  @Override
  public void pending(CheckoutIntent intent) {
    cql.execute(
        "INSERT INTO pending_checkouts (shard, username, idempotency_key, created_at) VALUES (?, ?, ?, ?)",
        shard(intent.username()),
        intent.username(),
        intent.idempotencyKey(),
        intent.createdAt());
  }

  @Override
  public void finished(Key key) {
    cql.execute(
        "DELETE FROM pending_checkouts WHERE shard = ? AND username = ? AND idempotency_key = ?",
        shard(key.username()),
        key.username(),
        key.idempotencyKey());
  }

  @Override
  public List<Key> pendingOf(String username) {
    List<Key> keys = new ArrayList<>();
    for (Row row :
        cql.execute(
            "SELECT idempotency_key FROM pending_checkouts WHERE shard = ? AND username = ?",
            shard(username),
            username)) {
      keys.add(new Key(username, row.getString("idempotency_key")));
    }
    return keys;
  }

  @Override
  public List<Key> pendingSince(Instant before) {
    List<Key> keys = new ArrayList<>();
    for (int shard = 0; shard < SHARDS; shard++) {
      for (Row row :
          cql.execute(
              "SELECT username, idempotency_key, created_at FROM pending_checkouts"
                  + " WHERE shard = ?",
              shard)) {
        if (row.getInstant("created_at").isBefore(before)) {
          keys.add(new Key(row.getString("username"), row.getString("idempotency_key")));
        }
      }
    }
    return keys;
  }

  private static int shard(String username) {
    return Math.floorMod(username.hashCode(), SHARDS);
  }

  private static CheckoutIntent toIntent(Row row) {
    return new CheckoutIntent(
        row.getString("username"),
        row.getString("idempotency_key"),
        row.getUuid("checkout_id"),
        row.getMap("lines", UUID.class, Integer.class),
        "COMPLETED".equals(row.getString("state")),
        row.getInstant("created_at"));
  }
}
