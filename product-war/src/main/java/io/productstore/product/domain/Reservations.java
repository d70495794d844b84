package io.productstore.product.domain;

import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stock reservations keyed by order id: all items or none, idempotent on replay, and released at
 * most once. The order's items are logged before any stock moves, so a release after a crash knows
 * what to give back.
 */
@ApplicationScoped
public class Reservations {

  private ProductRepository products;
  private StockLedger stock;
  private ReservationLog log;
  private CatalogMetrics metrics;

  protected Reservations() {}

  @Inject
  public Reservations(
      ProductRepository products, StockLedger stock, ReservationLog log, CatalogMetrics metrics) {
    this.products = products;
    this.stock = stock;
    this.log = log;
    this.metrics = metrics;
  }

  /** Reserves every item for the order, or nothing: 409 naming the short items. */
  public List<ReservedItem> reserve(UUID orderId, Map<UUID, Integer> requested) {
    List<ReservedItem> items = log.items(orderId);
    if (items.isEmpty()) {
      items = priced(requested);
      log.record(orderId, items);
    }
    List<DomainException.Violation> shortages = new ArrayList<>();
    for (ReservedItem item : items) {
      StockLedger.Result result = stock.reserve(item.productId(), orderId, item.quantity());
      switch (result.outcome()) {
        case RESERVED, ALREADY_RESERVED -> {}
        case ALREADY_RELEASED ->
            throw DomainException.conflict(
                "The reservation of this order was released; use a new order id");
        default ->
            shortages.add(
                new DomainException.Violation(
                    item.productId().toString(),
                    "requested "
                        + item.quantity()
                        + ", available "
                        + Math.max(0, result.available())));
      }
    }
    if (!shortages.isEmpty()) {
      items.forEach(item -> stock.release(item.productId(), orderId));
      metrics.reservation(CatalogMetrics.Reservation.SHORT);
      throw DomainException.conflict("Not enough items in stock", shortages);
    }
    metrics.reservation(CatalogMetrics.Reservation.RESERVED);
    return items;
  }

  /** Returns the order's stock; unknown or already released orders change nothing. */
  public void release(UUID orderId) {
    boolean any = false;
    for (ReservedItem item : log.items(orderId)) {
      any |= stock.release(item.productId(), orderId);
    }
    if (any) {
      metrics.reservation(CatalogMetrics.Reservation.RELEASED);
    }
  }

  private List<ReservedItem> priced(Map<UUID, Integer> requested) {
    Map<UUID, ReservedItem> items = new LinkedHashMap<>();
    requested.forEach(
        (productId, quantity) -> {
          Product product =
              products
                  .findById(productId)
                  .orElseThrow(
                      () ->
                          DomainException.notFound("Product with id " + productId + " not found"));
          items.put(
              productId, new ReservedItem(productId, product.name(), product.price(), quantity));
        });
    return List.copyOf(items.values());
  }
}
