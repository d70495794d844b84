package io.productstore.order.domain;

import io.productstore.testing.TestClock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The order domain wired over in-memory fakes and a test clock, as the container wires it. */
final class OrderBook {

  static final Duration PROCESSING_AFTER = Duration.ofSeconds(5);
  static final Duration SHIPPING_AFTER = Duration.ofSeconds(5);
  static final Duration DELIVERED_MIN = Duration.ofSeconds(60);
  static final Duration DELIVERED_MAX = Duration.ofSeconds(300);
  static final Duration PENDING_TIMEOUT = Duration.ofSeconds(30);

  final TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
  final InMemoryOrders repository = new InMemoryOrders();
  final FakeStock stock = new FakeStock();
  final RecordingOrderMetrics metrics = new RecordingOrderMetrics();
  final LifecycleTiming timing =
      new LifecycleTiming(
          PROCESSING_AFTER, SHIPPING_AFTER, DELIVERED_MIN, DELIVERED_MAX, PENDING_TIMEOUT);
  final OrderChanges changes = new OrderChanges(repository, stock, metrics, clock);
  final Placements placements = new Placements(repository, changes, stock, timing, metrics);
  final Orders orders = new Orders(repository, changes, timing);
  final OrderLifecycle lifecycle =
      new OrderLifecycle(repository, changes, placements, timing, metrics);

  Order place(String user, String key, Map<UUID, Integer> items) {
    return placements.place(user, Optional.ofNullable(key), items, null).order();
  }

  /** One poll of the background worker at the clock's time. */
  void poll() {
    lifecycle.due().forEach(id -> lifecycle.scheduled(id).ifPresent(lifecycle::advance));
  }

  /** Moves the clock in steps, polling after each, as the worker would. */
  void runFor(Duration total) {
    for (Duration done = Duration.ZERO; done.compareTo(total) < 0; done = done.plusSeconds(1)) {
      clock.advance(Duration.ofSeconds(1));
      poll();
    }
  }

  Order stored(UUID id) {
    return repository.find(id).orElseThrow();
  }
}
