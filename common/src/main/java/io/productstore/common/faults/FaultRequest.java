package io.productstore.common.faults;

import io.productstore.common.domain.DomainException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /{prefix}/admin/faults}: {@code kind} (see {@link FaultKind}), {@code
 * target}, and what the kind needs: {@code delay_ms}, {@code ratio}, {@code amount}; {@code
 * ttl_seconds} (default 300, at most 3600) after which the fault reverts by itself.
 */
public record FaultRequest(
    String kind, String target, Integer delayMs, Double ratio, Integer amount, Integer ttlSeconds) {

  static final int DEFAULT_TTL_SECONDS = 300;
  static final int MAX_TTL_SECONDS = 3600;

  /** The fault's kind, or INVALID naming every field that is wrong. */
  public FaultKind validKind() {
    List<DomainException.Violation> errors = new ArrayList<>();
    FaultKind parsed = null;
    try {
      parsed = FaultKind.valueOf(String.valueOf(kind).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      errors.add(
          new DomainException.Violation("kind", "must be one of " + List.of(FaultKind.values())));
    }
    if (parsed != null && parsed.isTargeted() && (target == null || target.isBlank())) {
      errors.add(
          new DomainException.Violation(
              "target", "must name what the fault applies to ('*' for all)"));
    }
    if (delayMs != null && (delayMs < 1 || delayMs > 60_000)) {
      errors.add(new DomainException.Violation("delay_ms", "must be between 1 and 60000"));
    }
    if (ratio != null && (ratio <= 0 || ratio > 1)) {
      errors.add(new DomainException.Violation("ratio", "must be above 0 and at most 1"));
    }
    if (amount != null && (amount < 1 || amount > 64)) {
      errors.add(new DomainException.Violation("amount", "must be between 1 and 64"));
    }
    if (ttlSeconds != null && (ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS)) {
      errors.add(
          new DomainException.Violation("ttl_seconds", "must be between 1 and " + MAX_TTL_SECONDS));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid("Invalid fault", errors);
    }
    return parsed;
  }

  public Duration ttl() {
    return Duration.ofSeconds(ttlSeconds == null ? DEFAULT_TTL_SECONDS : ttlSeconds);
  }
}
