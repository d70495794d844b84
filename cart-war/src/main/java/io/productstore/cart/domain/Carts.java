package io.productstore.cart.domain;

import io.productstore.cart.client.CatalogProduct;
import io.productstore.cart.client.ProductGateway;
import io.productstore.common.problem.Problem;
import io.productstore.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rules of a cart: lines merge per product, a line holds 1 to 1000 and never more than the
 * product's stock, and the cart shows the products' current prices.
 */
@ApplicationScoped
public class Carts {

  static final int MAX_QUANTITY = 1000;
  private static final int ATTEMPTS = 20;

  private CartRepository carts;
  private ProductGateway products;
  private CartMetrics metrics;

  protected Carts() {}

  @Inject
  public Carts(CartRepository carts, ProductGateway products, CartMetrics metrics) {
    this.carts = carts;
    this.products = products;
    this.metrics = metrics;
  }

  /**
   * The cart with every line at its product's current name and price (as recorded when the
   * catalog cannot answer now).
   */
  public Cart of(String username) {
    Cart stored = carts.findByUser(username);
    return new Cart(username, stored.items().stream()
        .map(item -> products.current(item.productId())
            .map(p -> item.priced(p.name(), p.price()))
            .orElse(item))
        .toList());
  }

  /** Adds to the product's line (or opens it). */
  public CartItem add(String username, UUID productId, int quantity) {
    CatalogProduct product = product(productId);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<CartItem> line = carts.line(username, productId);
      int total = line.map(CartItem::quantity).orElse(0) + quantity;
      CartItem next = line.orElseGet(() -> new CartItem(UUID.randomUUID(), productId, product.name(),
              product.price(), 0))
          .priced(product.name(), product.price()).withQuantity(checked(product, total));
      boolean written = line.isEmpty()
          ? carts.insertLine(username, next)
          : carts.replaceLine(username, line.get().quantity(), next);
      if (written) {
        metrics.added(quantity);
        return next;
      }
    }
    throw ProblemException.unavailable("The cart is changing too fast; try again");
  }

  /** Sets a line's quantity; the item id may be the line's or its product's. */
  public CartItem setQuantity(String username, UUID itemId, int quantity) {
    CartItem line = line(username, itemId);
    CatalogProduct product = product(line.productId());
    CartItem next = line.priced(product.name(), product.price()).withQuantity(checked(product, quantity));
    if (!carts.replaceLine(username, line.quantity(), next)) {
      throw ProblemException.conflict("The cart line changed meanwhile; read the cart and try again");
    }
    return next;
  }

  public void remove(String username, UUID itemId) {
    carts.removeLine(username, line(username, itemId).productId());
  }

  public void clear(String username) {
    carts.clear(username);
  }

  /**
   * Takes what a checkout bought out of the cart: a line the user raised meanwhile keeps the
   * difference, a line they removed stays removed.
   */
  public void removeBought(String username, Map<UUID, Integer> bought) {
    bought.forEach((productId, quantity) -> {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Optional<CartItem> line = carts.line(username, productId);
        if (line.isEmpty()) {
          return;
        }
        int left = line.get().quantity() - quantity;
        boolean written = left <= 0
            ? carts.removeLineIf(username, productId, line.get().quantity())
            : carts.replaceLine(username, line.get().quantity(), line.get().withQuantity(left));
        if (written) {
          return;
        }
      }
      throw ProblemException.unavailable("The cart is changing too fast; try again");
    });
  }

  public List<Cart> all() {
    return carts.findAll();
  }

  private CartItem line(String username, UUID itemId) {
    return carts.findByUser(username).line(itemId)
        .orElseThrow(() -> ProblemException.notFound("Item not found in cart"));
  }

  private CatalogProduct product(UUID productId) {
    return products.find(productId)
        .orElseThrow(() -> ProblemException.notFound("Product with id " + productId + " not found"));
  }

  private static int checked(CatalogProduct product, int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw ProblemException.invalid("The quantity of a line must be 1 to " + MAX_QUANTITY,
          List.of(new Problem.FieldError("quantity", "must be between 1 and " + MAX_QUANTITY)));
    }
    if (quantity > product.stockCount()) {
      throw ProblemException.conflict("Not enough items in stock");
    }
    return quantity;
  }
}
