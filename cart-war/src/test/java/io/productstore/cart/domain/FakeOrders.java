package io.productstore.cart.domain;

import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Refused;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order service in memory: one order per checkout id (idempotent like the real one), at the
 * catalog's prices; a test can make it refuse or go down.
 */
final class FakeOrders implements OrderPlacement {

  final Map<UUID, PlacedOrder> placed = new LinkedHashMap<>();
  final List<String> buyers = new ArrayList<>();
  private final FakeCatalog catalog;
  private DomainException failure;

  FakeOrders(FakeCatalog catalog) {
    this.catalog = catalog;
  }

  void refuse(DomainException.Reason reason, String detail) {
    failure = new Refused(reason, detail, List.of());
  }

  void down() {
    failure = new DependencyUnavailable("The order service is not reachable");
  }

  void back() {
    failure = null;
  }

  @Override
  public PlacedOrder place(String bearer, UUID checkoutId, Map<UUID, Integer> lines) {
    return placeAs("token:" + bearer, checkoutId, lines);
  }

  @Override
  public PlacedOrder placeFor(String username, UUID checkoutId, Map<UUID, Integer> lines) {
    return placeAs("service for " + username, checkoutId, lines);
  }

  private PlacedOrder placeAs(String buyer, UUID checkoutId, Map<UUID, Integer> lines) {
    if (failure != null) {
      throw failure;
    }
    buyers.add(buyer);
    return placed.computeIfAbsent(
        checkoutId,
        id -> {
          List<PlacedOrder.Item> items =
              lines.entrySet().stream()
                  .map(
                      line -> {
                        CatalogProduct product = catalog.find(line.getKey()).orElseThrow();
                        return new PlacedOrder.Item(
                            product.productId(), product.name(), product.price(), line.getValue());
                      })
                  .toList();
          BigDecimal total =
              items.stream()
                  .map(item -> item.price().multiply(BigDecimal.valueOf(item.quantity())))
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          Instant now = Instant.parse("2026-12-01T10:00:00Z");
          return new PlacedOrder(
              UUID.randomUUID(),
              buyer,
              items,
              total,
              "CREATED",
              now,
              now,
              List.of(new PlacedOrder.StatusChange("CREATED", now)));
        });
  }
}
