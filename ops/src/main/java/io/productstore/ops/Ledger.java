package io.productstore.ops;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What the load was told it bought: each user's checkouts whose outcome is unknown and the orders
 * the store acknowledged (200 with the order). The failure drills read every user's orders back and
 * hold the store to it: an acknowledged order missing is lost; an order not acknowledged is a
 * duplicate unless a checkout of that user got no answer or a 5xx (its outcome unknown: it may have
 * placed its order, later, never two), and so is an order listed twice.
 */
final class Ledger {

  private final Set<String> buyers = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> unknownOutcomes = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();

  void checkout(String token, Http.Answer answer) {
    buyers.add(token);
    if (answer.status() == 0 || answer.status() >= 500) {
      unknownOutcomes.computeIfAbsent(token, k -> new AtomicInteger()).incrementAndGet();
    }
    if (answer.status() == 200 && answer.json() instanceof JsonObject order) {
      acknowledged
          .computeIfAbsent(token, k -> ConcurrentHashMap.newKeySet())
          .add(order.getString("id"));
    }
  }

  int acknowledged() {
    return acknowledged.values().stream().mapToInt(Set::size).sum();
  }

  /** Every user's orders as the store lists them now ({@code GET /order-api/orders/}). */
  Audit audit(Http store) {
    return audit(
        token -> {
          Http.Answer answer = store.get("/order-api/orders/", token);
          return answer.status() == 200 && answer.json() instanceof JsonArray listed
              ? Optional.of(listed)
              : Optional.empty();
        });
  }

  /** Every user's orders as {@code listing} gives them (empty: could not be read), held to it. */
  Audit audit(Function<String, Optional<JsonArray>> listing) {
    int lost = 0;
    int duplicated = 0;
    int unreadable = 0;
    List<JsonObject> orders = new ArrayList<>();
    for (String user : buyers) {
      Optional<JsonArray> listed = listing.apply(user);
      if (listed.isEmpty()) {
        unreadable++;
        continue;
      }
      Set<String> ids = new HashSet<>();
      for (JsonValue value : listed.get()) {
        JsonObject order = value.asJsonObject();
        orders.add(order);
        ids.add(order.getString("id"));
      }
      Set<String> told = acknowledged.getOrDefault(user, Set.of());
      long unacknowledged = ids.stream().filter(id -> !told.contains(id)).count();
      int unknown = unknownOutcomes.getOrDefault(user, new AtomicInteger()).get();
      duplicated +=
          (int) Math.max(0, unacknowledged - unknown) + (listed.get().size() - ids.size());
      lost += (int) told.stream().filter(id -> !ids.contains(id)).count();
    }
    return new Audit(acknowledged(), lost, duplicated, unreadable, orders);
  }

  /** The orders read back and what they show. */
  record Audit(
      int acknowledged, int lost, int duplicated, int unreadableUsers, List<JsonObject> orders) {

    boolean intact() {
      return lost == 0 && duplicated == 0 && unreadableUsers == 0;
    }

    /** Orders whose history skips a step of the lifecycle (or holds one out of order). */
    long irregularHistories() {
      return orders.stream().filter(order -> !regular(order)).count();
    }

    long withStatus(String status) {
      return orders.stream().filter(order -> status.equals(order.getString("status"))).count();
    }

    private static final List<String> STEPS =
        List.of("CREATED", "PROCESSING", "SHIPPING", "DELIVERED");

    private static boolean regular(JsonObject order) {
      List<String> history =
          order.getJsonArray("status_history").stream()
              .map(change -> change.asJsonObject().getString("status"))
              .filter(status -> !status.equals("PENDING")) // the checkout's own first step
              .toList();
      return !history.isEmpty()
          && history.size() <= STEPS.size()
          && history.equals(STEPS.subList(0, history.size()));
    }
  }
}
