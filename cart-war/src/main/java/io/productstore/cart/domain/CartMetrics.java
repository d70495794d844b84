package io.productstore.cart.domain;

import java.math.BigDecimal;

/** The cart's business metrics (the port; {@code metrics/} writes them to MicroProfile Metrics). */
public interface CartMetrics {

  /** How a checkout request ended. */
  enum CheckoutOutcome {
    OK,
    EMPTY,
    SHORT_STOCK,
    REFUSED,
    DOWNSTREAM_ERROR
  }

  /** How the recovery pass left an unfinished checkout. */
  enum RecoveryOutcome {
    COMPLETED,
    REFUSED,
    FAILED
  }

  void added(int quantity);

  void checkout(CheckoutOutcome outcome);

  void checkedOut(BigDecimal value, int items);

  void recovery(RecoveryOutcome outcome);
}
