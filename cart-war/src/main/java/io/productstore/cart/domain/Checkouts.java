package io.productstore.cart.domain;

import io.productstore.cart.client.OrderGateway;
import io.productstore.common.client.Downstream;
import io.productstore.common.problem.ProblemException;
import io.productstore.common.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Checkout, the cart's part of the saga: record the intent (what is bought, under which checkout
 * id), ask the order service for the order of that checkout id (it reserves the stock), and only
 * then take the bought lines out of the cart. Every step may run again: the order service answers
 * a known checkout id with the order it already placed. An intent left unfinished by a crash or an
 * outage is finished by {@link #recover} with this service's own token.
 */
@ApplicationScoped
public class Checkouts {

  private static final Logger LOG = Logger.getLogger(Checkouts.class.getName());

  private Carts carts;
  private CartRepository cartLines;
  private CheckoutRepository checkouts;
  private OrderGateway orders;
  private ServiceTokens tokens;
  private CartMetrics metrics;

  protected Checkouts() {}

  @Inject
  public Checkouts(Carts carts, CartRepository cartLines, CheckoutRepository checkouts, OrderGateway orders,
      ServiceTokens tokens, CartMetrics metrics) {
    this.carts = carts;
    this.cartLines = cartLines;
    this.checkouts = checkouts;
    this.orders = orders;
    this.tokens = tokens;
    this.metrics = metrics;
  }

  /**
   * Checks the user's cart out as one order, with the caller's token. The same idempotency key
   * always answers with the same order; 400 when the cart is empty, 409 when stock is short (and
   * then the cart is kept and nothing is reserved).
   */
  public JsonObject checkout(String username, String bearer, Optional<String> idempotencyKey) {
    String key = idempotencyKey.orElseGet(() -> UUID.randomUUID().toString());
    CheckoutIntent intent = checkouts.find(username, key).orElseGet(() -> start(username, key));
    try {
      return finish(intent, bearer, Optional.empty());
    } catch (Downstream.Refusal refusal) {
      throw refusal;
    } catch (ProblemException | FaultToleranceException e) {
      // Counted here, not in finish: the recovery pass retrying during an outage is not a checkout.
      metrics.checkout("downstream_error");
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
        finish(intent.get(), tokens.bearer(), Optional.of(key.username()));
        metrics.recovery("completed");
      } catch (Downstream.Refusal refusal) {
        metrics.recovery("refused");
      } catch (ProblemException | FaultToleranceException e) {
        metrics.recovery("failed");
        LOG.log(Level.INFO, "Checkout not finished yet ({0}); the next pass retries", e.getMessage());
      }
    }
  }

  private CheckoutIntent start(String username, String key) {
    Cart cart = cartLines.findByUser(username);
    if (cart.isEmpty()) {
      metrics.checkout("empty");
      throw ProblemException.badRequest("Cart is empty");
    }
    CheckoutIntent intent = CheckoutIntent.of(cart, key, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    checkouts.pending(intent); // first, so that the recovery finds any intent that follows
    return checkouts.insertIfAbsent(intent);
  }

  private JsonObject finish(CheckoutIntent intent, String bearer, Optional<String> forUser) {
    JsonObject order;
    try {
      order = orders.place(bearer, intent.checkoutId(), intent.lines(), forUser);
    } catch (Downstream.Refusal refusal) {
      if (refusal.isFinal()) {
        checkouts.delete(intent);
        checkouts.finished(intent.key());
        metrics.checkout(refusal.status() == 409 ? "short_stock" : "refused");
      }
      throw refusal;
    }
    if (!intent.completed()) {
      carts.removeBought(intent.username(), intent.lines());
      checkouts.complete(intent, UUID.fromString(order.getString("id")));
      checkouts.finished(intent.key());
      metrics.checkout("ok");
      metrics.checkedOut(order.getJsonNumber("total").bigDecimalValue(), intent.itemCount());
    }
    return order;
  }
}
