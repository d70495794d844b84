package io.productstore.cart.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Carts in memory with the compare-and-set behaviour of the Cassandra adapter; {@link #meanwhile}
 * lets a test change a line between a read and the write that follows, as a second request would.
 */
final class InMemoryCarts implements CartRepository {

  private final Map<String, Map<UUID, CartItem>> lines = new TreeMap<>();
  private final List<Runnable> meanwhile = new ArrayList<>();
  private boolean alwaysChanging;

  /** Runs {@code change} right before the next conditional write (once). */
  void meanwhile(Runnable change) {
    meanwhile.add(change);
  }

  /** From now on every conditional write finds the row changed. */
  void alwaysChanging() {
    alwaysChanging = true;
  }

  private Map<UUID, CartItem> of(String username) {
    return lines.computeIfAbsent(username, user -> new LinkedHashMap<>());
  }

  /** Whether the write may go ahead (false: the row changed meanwhile). */
  private boolean interfere() {
    List<Runnable> due = List.copyOf(meanwhile);
    meanwhile.clear();
    due.forEach(Runnable::run);
    return !alwaysChanging;
  }

  void put(String username, CartItem item) {
    of(username).put(item.productId(), item);
  }

  @Override
  public Cart findByUser(String username) {
    return new Cart(username, List.copyOf(of(username).values()));
  }

  @Override
  public Optional<CartItem> line(String username, UUID productId) {
    return Optional.ofNullable(of(username).get(productId));
  }

  @Override
  public boolean insertLine(String username, CartItem item) {
    return interfere() && of(username).putIfAbsent(item.productId(), item) == null;
  }

  @Override
  public boolean replaceLine(String username, int expected, CartItem item) {
    boolean free = interfere();
    CartItem current = of(username).get(item.productId());
    if (!free || current == null || current.quantity() != expected) {
      return false;
    }
    of(username).put(item.productId(), item);
    return true;
  }

  @Override
  public void removeLine(String username, UUID productId) {
    of(username).remove(productId);
  }

  @Override
  public boolean removeLineIf(String username, UUID productId, int expected) {
    boolean free = interfere();
    CartItem current = of(username).get(productId);
    if (!free || current == null || current.quantity() != expected) {
      return false;
    }
    of(username).remove(productId);
    return true;
  }

  @Override
  public void clear(String username) {
    lines.remove(username);
  }

  @Override
  public List<Cart> findAll() {
    return lines.keySet().stream().map(this::findByUser).filter(cart -> !cart.isEmpty()).toList();
  }
}
