package io.productstore.cart.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Checkout intents and the index of unfinished ones, in memory. */
final class InMemoryCheckouts implements CheckoutRepository {

  final Map<Key, CheckoutIntent> intents = new LinkedHashMap<>();
  final Map<Key, Instant> pending = new LinkedHashMap<>();

  @Override
  public Optional<CheckoutIntent> find(String username, String idempotencyKey) {
    return Optional.ofNullable(intents.get(new Key(username, idempotencyKey)));
  }

  @Override
  public CheckoutIntent insertIfAbsent(CheckoutIntent intent) {
    return intents.merge(intent.key(), intent, (existing, fresh) -> existing);
  }

  @Override
  public void complete(CheckoutIntent intent, UUID orderId) {
    intents.put(
        intent.key(),
        new CheckoutIntent(
            intent.username(),
            intent.idempotencyKey(),
            intent.checkoutId(),
            intent.lines(),
            true,
            intent.createdAt()));
  }

  @Override
  public void delete(CheckoutIntent intent) {
    intents.remove(intent.key());
  }

  @Override
  public void pending(CheckoutIntent intent) {
    pending.put(intent.key(), intent.createdAt());
  }

  @Override
  public void finished(Key key) {
    pending.remove(key);
  }

  @Override
  public List<Key> pendingOf(String username) {
    return pending.keySet().stream().filter(key -> key.username().equals(username)).toList();
  }

  @Override
  public List<Key> pendingSince(Instant before) {
    return pending.entrySet().stream()
        .filter(entry -> entry.getValue().isBefore(before))
        .map(Map.Entry::getKey)
        .toList();
  }
}
