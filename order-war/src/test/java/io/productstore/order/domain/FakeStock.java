package io.productstore.order.domain;

import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Refused;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalog's stock in memory: all or nothing, idempotent per order id, released once; a test can
 * take it down.
 */
final class FakeStock implements StockReservations {

  private record Item(String name, BigDecimal price) {}

  private final Map<UUID, Item> products = new HashMap<>();
  final Map<UUID, Integer> stock = new HashMap<>();
  private final Map<UUID, List<OrderItem>> reserved = new LinkedHashMap<>();
  int reserveCalls;
  private boolean down;

  UUID product(String name, String price, int units) {
    UUID id = UUID.randomUUID();
    products.put(id, new Item(name, new BigDecimal(price)));
    stock.put(id, units);
    return id;
  }

  void down(boolean isDown) {
    down = isDown;
  }

  @Override
  public List<OrderItem> reserve(UUID orderId, List<OrderItem> items) {
    reserveCalls++;
    if (down) {
      throw new DependencyUnavailable("The product service is not reachable");
    }
    if (reserved.containsKey(orderId)) {
      return reserved.get(orderId);
    }
    List<DomainException.Violation> short_ = new ArrayList<>();
    for (OrderItem item : items) {
      if (!products.containsKey(item.productId())) {
        throw new Refused(DomainException.Reason.NOT_FOUND, "Product not found", List.of());
      }
      if (stock.get(item.productId()) < item.quantity()) {
        short_.add(new DomainException.Violation(item.productId().toString(), "short"));
      }
    }
    if (!short_.isEmpty()) {
      throw new Refused(DomainException.Reason.CONFLICT, "Not enough items in stock", short_);
    }
    List<OrderItem> priced =
        items.stream()
            .map(
                item -> {
                  stock.merge(item.productId(), -item.quantity(), Integer::sum);
                  Item product = products.get(item.productId());
                  return new OrderItem(
                      item.productId(), product.name(), product.price(), item.quantity());
                })
            .toList();
    reserved.put(orderId, priced);
    return priced;
  }

  @Override
  public void release(UUID orderId) {
    if (down) {
      throw new DependencyUnavailable("The product service is not reachable");
    }
    List<OrderItem> items = reserved.remove(orderId);
    if (items != null) {
      items.forEach(item -> stock.merge(item.productId(), item.quantity(), Integer::sum));
    }
  }
}
