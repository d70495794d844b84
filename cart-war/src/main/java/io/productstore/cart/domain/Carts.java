package io.productstore.cart.domain;

import io.productstore.common.domain.CompareAndSet;
import io.productstore.common.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
  static final int ATTEMPTS = 20;
  static final String BUSY = "The cart is changing too fast; try again";

  private CartRepository carts;
  private ProductCatalog products;
  private CartMetrics metrics;

  protected Carts() {}

  @Inject
  public Carts(CartRepository carts, ProductCatalog products, CartMetrics metrics) {
    this.carts = carts;
    this.products = products;
    this.metrics = metrics;
  }

  /**
   * The cart with every line at its product's current name and price (as recorded when the catalog
   * cannot answer now).
   */
  public Cart of(String username) {
    Cart stored = carts.findByUser(username);
    return new Cart(
        username,
        stored.items().stream()
            .map(
                item ->
                    products
                        .current(item.productId())
                        .map(p -> item.priced(p.name(), p.price()))
                        .orElse(item))
            .toList());
  }

  /** Adds to the product's line (or opens it). */
  public CartItem add(String username, UUID productId, int quantity) {
    CatalogProduct product =
        products.find(productId).orElseThrow(() -> CatalogProduct.unknown(productId));
    CartItem added =
        CompareAndSet.retry(
            ATTEMPTS,
            BUSY,
            () -> {
              Optional<CartItem> line = carts.line(username, productId);
              int total = line.map(CartItem::quantity).orElse(0) + quantity;
              CartItem next =
                  line.orElseGet(() -> CartItem.open(productId))
                      .priced(product.name(), product.price())
                      .withQuantity(checked(product, total));
              boolean written =
                  line.isEmpty()
                      ? carts.insertLine(username, next)
                      : carts.replaceLine(username, line.get().quantity(), next);
              return written ? Optional.of(next) : Optional.empty();
            });
    metrics.added(quantity);
    return added;
  }

  /** Sets a line's quantity; the item id may be the line's or its product's. */
  public CartItem setQuantity(String username, UUID itemId, int quantity) {
    CartItem line = line(username, itemId);
    CatalogProduct product =
        products.find(line.productId()).orElseThrow(() -> CatalogProduct.unknown(line.productId()));
    CartItem next =
        line.priced(product.name(), product.price()).withQuantity(checked(product, quantity));
    if (!carts.replaceLine(username, line.quantity(), next)) {
      throw DomainException.conflict(
          "The cart line changed meanwhile; read the cart and try again");
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
    bought.forEach(
        (productId, quantity) ->
            CompareAndSet.retry(
                ATTEMPTS,
                BUSY,
                () -> {
                  Optional<CartItem> line = carts.line(username, productId);
                  if (line.isEmpty()) {
                    return Optional.of(productId);
                  }
                  int left = line.get().quantity() - quantity;
                  boolean written =
                      left <= 0
                          ? carts.removeLineIf(username, productId, line.get().quantity())
                          : carts.replaceLine(
                              username, line.get().quantity(), line.get().withQuantity(left));
                  return written ? Optional.of(productId) : Optional.empty();
                }));
  }

  private CartItem line(String username, UUID itemId) {
    return carts
        .findByUser(username)
        .line(itemId)
        .orElseThrow(() -> DomainException.notFound("Item not found in cart"));
  }

  private static int checked(CatalogProduct product, int quantity) {
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw DomainException.invalid(
          "The quantity of a line must be 1 to " + MAX_QUANTITY,
          "quantity",
          "must be between 1 and " + MAX_QUANTITY);
    }
    if (quantity > product.stockCount()) {
      throw DomainException.conflict("Not enough items in stock");
    }
    return quantity;
  }
}
