package io.productstore.order.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Business metrics as lists of what was counted, for tests to read. */
final class RecordingOrderMetrics implements OrderMetrics {

  final List<PlacementOutcome> placements = new ArrayList<>();
  final List<OrderStatus> entered = new ArrayList<>();
  final List<Duration> lags = new ArrayList<>();
  final List<RecoveryAction> recoveries = new ArrayList<>();

  @Override
  public void placement(PlacementOutcome outcome) {
    placements.add(outcome);
  }

  @Override
  public void entered(OrderStatus status) {
    entered.add(status);
  }

  @Override
  public void left(OrderStatus status, Duration spent) {}

  @Override
  public void lag(Duration lag) {
    lags.add(lag);
  }

  @Override
  public void recovery(RecoveryAction action) {
    recoveries.add(action);
  }
}
