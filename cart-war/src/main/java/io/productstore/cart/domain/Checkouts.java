package io.productstore.cart.domain;

import io.productstore.cart.domain.CartMetrics.CheckoutOutcome;
import io.productstore.cart.domain.CartMetrics.RecoveryOutcome;
import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.Refused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checkout, the cart's part of the saga: record the intent (what is bought, under which checkout
 * id), ask the order service for the order of that checkout id (it reserves the stock), and only
 * then take the bought lines out of the cart. Every step may run again: the order service answers a
 * known checkout id with the order it already placed. An intent left unfinished by a crash or an
 * outage is finished by {@link #recover} with this service's own token.
 */
@ApplicationScoped
public class Checkouts {

  private static final Logger LOG = Logger.getLogger(Checkouts.class.getName());

  private Carts carts;
  private CartRepository cartLines;
  private CheckoutRepository checkouts;
  private OrderPlacement orders;
  private CartMetrics metrics;
  private Clock clock;

  protected Checkouts() {}

  @Inject
  public Checkouts(
      Carts carts,
      CartRepository cartLines,
      CheckoutRepository checkouts,
      OrderPlacement orders,
      CartMetrics metrics,
      Clock clock) {
    this.carts = carts;
    this.cartLines = cartLines;
    this.checkouts = checkouts;
    this.orders = orders;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Checks the user's cart out as one order, with the caller's token. The same idempotency key
   * always answers with the same order; REJECTED when the cart is empty, the order service's
   * refusal when stock is short (and then the cart is kept and nothing is reserved).
   *
   * <p>A user has one checkout in flight at a time: while an earlier one is unfinished (answered
   * 503, or still running in another request) a new key finishes that one and answers its order. An
   * unfinished checkout is finished later anyway (its PENDING order by the order service's
   * schedule, its intent by {@link #recover}), so a client that retried a 503 without the key, as a
   * person clicking again does, would otherwise buy the same cart twice.
   */
  public PlacedOrder checkout(String username, String bearer, Optional<String> idempotencyKey) {
    String key = idempotencyKey.orElseGet(() -> UUID.randomUUID().toString());
    CheckoutIntent intent =
        checkouts
            .find(username, key)
            .or(() -> unfinished(username))
            .orElseGet(() -> start(username, key));
    try {
      return finish(intent, lines -> orders.place(bearer, intent.checkoutId(), lines));
    } catch (DependencyUnavailable e) {
      // Counted here, not in finish: the recovery pass retrying during an outage is not a checkout.
      metrics.checkout(CheckoutOutcome.DOWNSTREAM_ERROR);
      throw e;
    }
  }

  /** Finishes the checkouts left unfinished since before {@code startedBefore}. */
  public void recover(Instant startedBefore) {
    for (CheckoutRepository.Key key : checkouts.pendingSince(startedBefore)) {
      Optional<CheckoutIntent> intent = checkouts.find(key.username(), key.idempotencyKey());
      if (intent.isEmpty() || intent.get().completed()) {
        checkouts.finished(key);
        continue;
      }
      try {
        finish(
            intent.get(),
            lines -> orders.placeFor(key.username(), intent.get().checkoutId(), lines));
        metrics.recovery(RecoveryOutcome.COMPLETED);
      } catch (Refused refusal) {
        metrics.recovery(RecoveryOutcome.REFUSED);
      } catch (DomainException e) {
        metrics.recovery(RecoveryOutcome.FAILED);
        LOG.log(
            Level.INFO, "Checkout not finished yet ({0}); the next pass retries", e.getMessage());
      }
    }
  }

  private Optional<CheckoutIntent> unfinished(String username) {
    return checkouts.pendingOf(username).stream()
        .flatMap(key -> checkouts.find(username, key.idempotencyKey()).stream())
        .filter(intent -> !intent.completed())
        .findFirst();
  }

  private CheckoutIntent start(String username, String key) {
    Cart cart = cartLines.findByUser(username);
    if (cart.isEmpty()) {
      metrics.checkout(CheckoutOutcome.EMPTY);
      throw DomainException.rejected("Cart is empty");
    }
    CheckoutIntent intent =
        CheckoutIntent.of(cart, key, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    checkouts.pending(intent); // first, so that the recovery finds any intent that follows
    return checkouts.insertIfAbsent(intent);
  }

  private PlacedOrder finish(
      CheckoutIntent intent, Function<Map<UUID, Integer>, PlacedOrder> place) {
    PlacedOrder order;
    try {
      order = place.apply(intent.lines());
    } catch (Refused refusal) {
      if (refusal.isFinal()) {
        checkouts.delete(intent);
        checkouts.finished(intent.key());
        metrics.checkout(
            refusal.reason() == DomainException.Reason.CONFLICT
                ? CheckoutOutcome.SHORT_STOCK
                : CheckoutOutcome.REFUSED);
      }
      throw refusal;
    }
    if (!intent.completed()) {
      carts.removeBought(intent.username(), intent.lines());
      checkouts.complete(intent, order.id());
      checkouts.finished(intent.key());
      metrics.checkout(CheckoutOutcome.OK);
      metrics.checkedOut(order.total(), intent.itemCount());
    }
    return order;
  }
}
