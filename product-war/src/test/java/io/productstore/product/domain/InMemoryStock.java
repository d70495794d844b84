package io.productstore.product.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Stock and reservations per (product, order) in memory, with the ledger's outcomes. */
final class InMemoryStock implements StockLedger {

  private final Map<UUID, Integer> stock = new HashMap<>();
  private final Map<String, Integer> reserved = new HashMap<>();
  private final Set<String> released = new HashSet<>();

  private static String key(UUID productId, UUID orderId) {
    return productId + "/" + orderId;
  }

  @Override
  public Result reserve(UUID productId, UUID orderId, int quantity) {
    Integer available = stock.get(productId);
    if (available == null) {
      return new Result(Outcome.UNKNOWN_PRODUCT, 0);
    }
    String key = key(productId, orderId);
    if (released.contains(key)) {
      return new Result(Outcome.ALREADY_RELEASED, available);
    }
    if (reserved.containsKey(key)) {
      return new Result(Outcome.ALREADY_RESERVED, available);
    }
    if (available < quantity) {
      return new Result(Outcome.SHORT, available);
    }
    stock.put(productId, available - quantity);
    reserved.put(key, quantity);
    return new Result(Outcome.RESERVED, available - quantity);
  }

  @Override
  public boolean release(UUID productId, UUID orderId) {
    String key = key(productId, orderId);
    released.add(key);
    Integer quantity = reserved.remove(key);
    if (quantity == null) {
      return false;
    }
    stock.merge(productId, quantity, Integer::sum);
    return true;
  }

  @Override
  public void open(UUID productId, int units) {
    stock.put(productId, units);
  }

  @Override
  public void set(UUID productId, int units) {
    stock.put(productId, units);
  }

  @Override
  public int stock(UUID productId) {
    return stock.getOrDefault(productId, -1);
  }

  @Override
  public void remove(UUID productId) {
    stock.remove(productId);
  }
}
