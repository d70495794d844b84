package io.productstore.cart.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Recent views in memory: one row per (user, product), the newest time kept. */
final class InMemoryViews implements ViewRepository {

  private final Map<String, Map<UUID, Instant>> views = new LinkedHashMap<>();

  @Override
  public void record(String username, UUID productId, Instant viewedAt) {
    views.computeIfAbsent(username, user -> new LinkedHashMap<>()).put(productId, viewedAt);
  }

  @Override
  public List<RecentView> all(String username) {
    return views.getOrDefault(username, Map.of()).entrySet().stream()
        .map(entry -> new RecentView(entry.getKey(), entry.getValue()))
        .toList();
  }

  @Override
  public void forget(String username, UUID productId) {
    views.getOrDefault(username, new LinkedHashMap<>()).remove(productId);
  }
}
