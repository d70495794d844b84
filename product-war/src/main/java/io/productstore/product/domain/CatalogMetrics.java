package io.productstore.product.domain;

import java.time.Duration;

/** The catalog's business metrics (the port; {@code metrics/} writes them). */
public interface CatalogMetrics {

  /** What happened to a product. */
  enum Change {
    CREATED,
    UPDATED,
    DELETED
  }

  /** How a reservation request ended, or that an order's stock went back. */
  enum Reservation {
    RESERVED,
    SHORT,
    RELEASED
  }

  void changed(Change change);

  void reservation(Reservation outcome);

  /** A category's listing candidates read from Cassandra and sorted, and how long that took. */
  void listingsRead(Duration took);
}
