package io.productstore.cart.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where checkout intents and the index of unfinished ones are kept. */
public interface CheckoutRepository {

  Optional<CheckoutIntent> find(String username, String idempotencyKey);

  /**
   * Writes the intent unless one exists for its user and key; the intent that exists afterwards.
   */
  CheckoutIntent insertIfAbsent(CheckoutIntent intent);

  void complete(CheckoutIntent intent, UUID orderId);

  /** Forgets a refused checkout, so its key may be used again. */
  void delete(CheckoutIntent intent);

  /** Marks the checkout unfinished until {@link #finished}, for the recovery pass. */
  void pending(CheckoutIntent intent);

  void finished(Key key);

  /** The user's unfinished checkouts (their keys). */
  List<Key> pendingOf(String username);

  /** The unfinished checkouts started before {@code before}: (username, idempotency key). */
  List<Key> pendingSince(Instant before);

  /** An intent's key. */
  record Key(String username, String idempotencyKey) {}
}
