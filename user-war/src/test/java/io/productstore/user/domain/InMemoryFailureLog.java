package io.productstore.user.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Failed logins in memory; each one expires after the window, as the adapter's TTL does. */
final class InMemoryFailureLog implements LoginThrottle.FailureLog {

  private final Map<String, List<Instant>> expiries = new HashMap<>();
  private final Clock clock;

  InMemoryFailureLog(Clock clock) {
    this.clock = clock;
  }

  @Override
  public int countRecent(String username) {
    Instant now = clock.instant();
    return (int) expiries.getOrDefault(username, List.of()).stream().filter(now::isBefore).count();
  }

  @Override
  public void record(String username, Duration window) {
    expiries.computeIfAbsent(username, user -> new ArrayList<>()).add(clock.instant().plus(window));
  }

  @Override
  public void clear(String username) {
    expiries.remove(username);
  }
}
