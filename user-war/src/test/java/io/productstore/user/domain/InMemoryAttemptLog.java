package io.productstore.user.domain;

import io.productstore.common.domain.ClientAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Attempts per address in memory; each one expires after the window, as the adapter's TTL does. */
final class InMemoryAttemptLog implements ClientBrake.AttemptLog {

  private final Map<String, List<Instant>> expiries = new HashMap<>();
  private final Clock clock;

  InMemoryAttemptLog(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int countRecent(ClientBrake.Action action, ClientAddress client) {
    Instant now = clock.instant();
    return (int)
        expiries.getOrDefault(action + client.value(), List.of()).stream()
            .filter(now::isBefore)
            .count();
  }

  @Override
  public void record(ClientBrake.Action action, ClientAddress client, Duration window) {
    expiries
        .computeIfAbsent(action + client.value(), key -> new ArrayList<>())
        .add(clock.instant().plus(window));
  }
}
