package io.productstore.common.faults;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** One injected fault, active from {@code startedAt} until {@code expiresAt} (or until cleared). */
public record Fault(
    UUID id,
    FaultKind kind,
    String target,
    long delayMs,
    double ratio,
    int amount,
    Instant startedAt,
    Instant expiresAt) {

  public boolean isActiveAt(Instant now) {
    return now.isBefore(expiresAt);
  }

  /**
   * Whether this fault of {@code wanted} kind applies to {@code name} (a route, an operation...).
   */
  public boolean appliesTo(FaultKind wanted, String name) {
    return kind == wanted
        && ("*".equals(target)
            || name.toLowerCase(Locale.ROOT).contains(target.toLowerCase(Locale.ROOT)));
  }

  /** Whether this request or statement is one of the {@code ratio} that fail. */
  public boolean strikes() {
    return ratio >= 1 || ThreadLocalRandom.current().nextDouble() < ratio;
  }

  /** Waits the fault's delay (an injected latency is real time spent, like a slow dependency). */
  public void delay() {
    try {
      Thread.sleep(delayMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
