package io.productstore.ops;

import java.util.Locale;
import java.util.Optional;

/**
 * How long the all-in-one server took to answer ready when {@code ./store bench} started it, beside
 * the same server without its applications (Liberty's own start with the same features: the floor).
 * {@code warm} when the keyspaces were already there.
 */
record Startup(boolean warm, int seconds, int floorSeconds) {

  /** The targets: ready within 10 s on a warm restart, 20 s on a first start. */
  int targetSeconds() {
    return warm ? 10 : 20;
  }

  boolean met() {
    return seconds <= targetSeconds();
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "%d s after Cassandra was up (%s); the same server without its applications: %d s",
        seconds,
        warm ? "warm: the keyspaces were there" : "first start: fresh keyspaces",
        floorSeconds);
  }

  /** {@code BENCH_STARTUP} as {@code ./store bench} sets it: "warm|first SECONDS FLOOR_SECONDS". */
  static Optional<Startup> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String[] parts = value.trim().split("\\s+");
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "BENCH_STARTUP is not 'warm|first SECONDS FLOOR': " + value);
    }
    return Optional.of(
        new Startup(
            "warm".equals(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
  }
}
