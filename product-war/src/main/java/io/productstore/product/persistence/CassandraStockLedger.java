package io.productstore.product.persistence;

import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;
import io.productstore.common.cassandra.Cql;
import io.productstore.common.problem.ProblemException;
import io.productstore.product.domain.StockLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Stock in the static column of {@code stock_by_product}, each reservation a row of the same
 * partition. A reservation is one conditional batch on that partition, "stock is still what I read"
 * and "this order has no row yet", so the decrement and its record happen together or not at all;
 * losers of a race read again and retry.
 */
@ApplicationScoped
public class CassandraStockLedger implements StockLedger {

  private static final int ATTEMPTS = 50;
  private static final int STRIPES = 64;

  private final Lock[] stripes =
      IntStream.range(0, STRIPES).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);

  private Cql cql;

  protected CassandraStockLedger() {}

  @Inject
  public CassandraStockLedger(Cql cql) {
    this.cql = cql;
  }

  @Override
  public Result reserve(UUID productId, UUID orderId, int quantity) {
    return oneAtATime(productId, () -> tryReserve(productId, orderId, quantity));
  }

  private Result tryReserve(UUID productId, UUID orderId, int quantity) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Row reservation = reservation(productId, orderId);
      if (reservation != null) {
        return new Result(
            reservation.getBoolean("released")
                ? Outcome.ALREADY_RELEASED
                : Outcome.ALREADY_RESERVED,
            reservation.getInt("stock"));
      }
      int available = stock(productId);
      if (available < 0) {
        return new Result(Outcome.UNKNOWN_PRODUCT, 0);
      }
      if (available < quantity) {
        return new Result(Outcome.SHORT, available);
      }
      BatchStatement batch =
          BatchStatement.newInstance(
              DefaultBatchType.LOGGED,
              cql.bind(
                  "UPDATE stock_by_product SET stock = ? WHERE product_id = ? IF stock = ?",
                  available - quantity,
                  productId,
                  available),
              cql.bind(
                  "INSERT INTO stock_by_product (product_id, order_id, quantity, released, reserved_at)"
                      + " VALUES (?, ?, ?, false, ?) IF NOT EXISTS",
                  productId,
                  orderId,
                  quantity,
                  Instant.now()));
      if (cql.execute(batch).wasApplied()) {
        return new Result(Outcome.RESERVED, available - quantity);
      }
    }
    throw ProblemException.unavailable(
        "The stock of this product is too contended right now; try again");
  }

  @Override
  public boolean release(UUID productId, UUID orderId) {
    return oneAtATime(productId, () -> tryRelease(productId, orderId));
  }

  private boolean tryRelease(UUID productId, UUID orderId) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Row reservation = reservation(productId, orderId);
      if (reservation == null || reservation.getBoolean("released")) {
        return false;
      }
      int current = reservation.getInt("stock");
      BatchStatement batch =
          BatchStatement.newInstance(
              DefaultBatchType.LOGGED,
              cql.bind(
                  "UPDATE stock_by_product SET stock = ? WHERE product_id = ? IF stock = ?",
                  current + reservation.getInt("quantity"),
                  productId,
                  current),
              cql.bind(
                  "UPDATE stock_by_product SET released = true WHERE product_id = ? AND order_id = ?"
                      + " IF released = false",
                  productId,
                  orderId));
      if (cql.execute(batch).wasApplied()) {
        return true;
      }
    }
    throw ProblemException.unavailable(
        "The stock of this product is too contended right now; try again");
  }

  @Override
  public void open(UUID productId, int stock) {
    cql.execute("INSERT INTO stock_by_product (product_id, stock) VALUES (?, ?)", productId, stock);
  }

  @Override
  public void set(UUID productId, int stock) {
    oneAtATime(productId, () -> trySet(productId, stock));
  }

  private boolean trySet(UUID productId, int stock) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      int current = stock(productId);
      boolean applied =
          current < 0
              ? cql.execute(
                      "UPDATE stock_by_product SET stock = ? WHERE product_id = ? IF stock = null",
                      stock,
                      productId)
                  .wasApplied()
              : cql.execute(
                      "UPDATE stock_by_product SET stock = ? WHERE product_id = ? IF stock = ?",
                      stock,
                      productId,
                      current)
                  .wasApplied();
      if (applied) {
        return true;
      }
    }
    throw ProblemException.unavailable(
        "The stock of this product is too contended right now; try again");
  }

  @Override
  public int stock(UUID productId) {
    return Cql.await(stockSoon(productId));
  }

  @Override
  public CompletionStage<Integer> stockSoon(UUID productId) {
    return cql.executeAsync(
            cql.bind("SELECT stock FROM stock_by_product WHERE product_id = ? LIMIT 1", productId))
        .thenApply(rows -> rows.one())
        .thenApply(row -> row == null || row.isNull("stock") ? -1 : row.getInt("stock"));
  }

  @Override
  public void remove(UUID productId) {
    cql.execute("DELETE FROM stock_by_product WHERE product_id = ?", productId);
  }

  /**
   * Runs one stock change of a product at a time in this instance. The compare-and-set keeps the
   * stock right on its own (also across instances); this only spares Cassandra dozens of Paxos
   * rounds racing on one partition when a crowd buys the same product, which otherwise turns a
   * 50-buyer rush into timeouts.
   */
  private <T> T oneAtATime(UUID productId, Supplier<T> change) {
    Lock lock = stripes[Math.floorMod(productId.hashCode(), stripes.length)];
    lock.lock();
    try {
      return change.get();
    } finally {
      lock.unlock();
    }
  }

  private Row reservation(UUID productId, UUID orderId) {
    return cql.execute(
            "SELECT stock, quantity, released FROM stock_by_product"
                + " WHERE product_id = ? AND order_id = ?",
            productId,
            orderId)
        .one();
  }
}
