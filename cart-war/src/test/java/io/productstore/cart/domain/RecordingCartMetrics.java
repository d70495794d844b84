package io.productstore.cart.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Business metrics as a list of what was counted, for tests to read. */
final class RecordingCartMetrics implements CartMetrics {

  int unitsAdded;
  final List<CheckoutOutcome> checkouts = new ArrayList<>();
  final List<RecoveryOutcome> recoveries = new ArrayList<>();
  final List<BigDecimal> values = new ArrayList<>();

  @Override
  public void added(int quantity) {
    unitsAdded += quantity;
  }

  @Override
  public void checkout(CheckoutOutcome outcome) {
    checkouts.add(outcome);
  }

  @Override
  public void checkedOut(BigDecimal value, int items) {
    values.add(value);
  }

  @Override
  public void recovery(RecoveryOutcome outcome) {
    recoveries.add(outcome);
  }
}
