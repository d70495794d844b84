package io.productstore.product.domain;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stock per product and the reservations taken from it. Every change is a compare-and-set on the
 * stock, so concurrent reservations and admin changes never lose each other's updates and stock
 * never goes below zero; a reservation is recorded per (product, order), so replays change nothing.
 */
public interface StockLedger {

  /** How reserving one item for an order ended. */
  enum Outcome {
    RESERVED,
    ALREADY_RESERVED,
    ALREADY_RELEASED,
    SHORT,
    UNKNOWN_PRODUCT
  }

  record Result(Outcome outcome, int available) {}

  Result reserve(UUID productId, UUID orderId, int quantity);

  /** Gives the order's quantity back once; true when this call gave it back. */
  boolean release(UUID productId, UUID orderId);

  /** The first stock of a new product: its id is fresh, so no one else can be writing it. */
  void open(UUID productId, int stock);

  /** Sets the stock an admin counted, without losing a reservation made meanwhile. */
  void set(UUID productId, int stock);

  /** The stock now, or -1 when the product has none recorded. */
  int stock(UUID productId);

  /** The stock, asked now and read later: a product page reads it beside the product's row. */
  default CompletionStage<Integer> stockSoon(UUID productId) {
    return CompletableFuture.completedFuture(stock(productId));
  }

  void remove(UUID productId);
}
