package io.productstore.user.domain;

import io.productstore.common.concurrent.FanOut;
import io.productstore.common.concurrent.Parallel;
import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * A user's account with what the other services know of it: their orders (and so what they have
 * spent) and their cart. The calls to the order and cart services run side by side on the fan-out
 * executor, so the profile takes about as long as the slower of the two, not their sum.
 */
@ApplicationScoped
public class Profiles {

  private static final Logger LOG = Logger.getLogger(Profiles.class.getName());

  /** The full profile: the account, its orders, what it spent and the cart's total. */
  public record Profile(
      User user, List<OrderSummary> orders, BigDecimal totalSpent, BigDecimal cartTotal) {}

  private Accounts accounts;
  private OrderHistory orders;
  private CartAccess carts;
  private Executor fanOut;

  protected Profiles() {}

  @Inject
  public Profiles(
      Accounts accounts, OrderHistory orders, CartAccess carts, @FanOut Executor fanOut) {
    this.accounts = accounts;
    this.orders = orders;
    this.carts = carts;
    this.fanOut = fanOut;
  }

  public Profile of(String username, String bearer) {
    CompletableFuture<List<OrderSummary>> history =
        Parallel.start(() -> orders.ordersOf(bearer), fanOut);
    CompletableFuture<CartSummary> cart = Parallel.start(() -> carts.cartOf(bearer), fanOut);
    User user = accounts.byUsername(username);
    List<OrderSummary> summaries = Parallel.join(history);
    return new Profile(
        user, summaries, OrderSummary.totalSpent(summaries), Parallel.join(cart).total());
  }

  /**
   * What the user has spent, or empty when the order service cannot say now: the account page must
   * not go down with the order service.
   */
  public Optional<BigDecimal> totalSpentIfKnown(String bearer) {
    try {
      return Optional.of(OrderSummary.totalSpent(orders.ordersOf(bearer)));
    } catch (DomainException e) {
      LOG.fine(() -> "total_spent left out: " + e.getMessage());
      return Optional.empty();
    }
  }
}
