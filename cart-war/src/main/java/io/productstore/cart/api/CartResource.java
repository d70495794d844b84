package io.productstore.cart.api;

import io.productstore.cart.domain.Carts;
import io.productstore.cart.domain.Checkouts;
import io.productstore.cart.domain.PlacedOrder;
import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.common.web.IdempotencyKey;
import io.productstore.common.web.Ids;
import io.productstore.common.web.Message;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's cart: lines, totals and checkout. */
@Path("/cart")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "cart")
public class CartResource {

  /** The body of {@code POST /cart/items}. */
  public record NewLine(@NotNull UUID productId, @NotNull @Min(1) @Max(1000) Integer quantity) {}

  /** The body of {@code PUT /cart/items/{item_id}}. */
  public record NewQuantity(@NotNull @Min(1) @Max(1000) Integer quantity) {}

  /** {"total": n}. */
  public record Total(BigDecimal total) {}

  private Carts carts;
  private Checkouts checkouts;
  private CurrentUser caller;

  protected CartResource() {}

  @Inject
  public CartResource(Carts carts, Checkouts checkouts, CurrentUser caller) {
    this.carts = carts;
    this.checkouts = checkouts;
    this.caller = caller;
  }

  @GET
  @Operation(
      summary = "The caller's cart at the products' current prices (empty when there is none)")
  public CartView cart() {
    return CartView.of(carts.of(caller.username()));
  }

  @GET
  @Path("/total")
  @Operation(summary = "The total of the caller's cart at current prices")
  public Total total() {
    return new Total(carts.of(caller.username()).total());
  }

  @POST
  @Path("/items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a product; a product already in the cart has its line increased")
  @APIResponse(responseCode = "200", description = "The line as it is now")
  @APIResponse(responseCode = "404", description = "No such product")
  @APIResponse(responseCode = "409", description = "Not enough items in stock for the whole line")
  public CartView.Line add(@Valid @NotNull NewLine body) {
    return CartView.Line.of(carts.add(caller.username(), body.productId(), body.quantity()));
  }

  @PUT
  @Path("/items/{itemId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a line's quantity; the item id may be the line's or its product's")
  @APIResponse(responseCode = "200", description = "The line as it is now")
  @APIResponse(responseCode = "404", description = "No such line in the cart")
  @APIResponse(responseCode = "409", description = "Not enough items in stock")
  public CartView.Line update(
      @PathParam("itemId") String itemId, @Valid @NotNull NewQuantity body) {
    return CartView.Line.of(carts.setQuantity(caller.username(), item(itemId), body.quantity()));
  }

  @DELETE
  @Path("/items/{itemId}")
  @Operation(summary = "Remove a line; the item id may be the line's or its product's")
  @APIResponse(responseCode = "200", description = "{\"message\": \"Item removed from cart\"}")
  @APIResponse(responseCode = "404", description = "No such line in the cart")
  public Message remove(@PathParam("itemId") String itemId) {
    carts.remove(caller.username(), item(itemId));
    return new Message("Item removed from cart");
  }

  @DELETE
  @Operation(summary = "Empty the caller's cart")
  public Message clear() {
    carts.clear(caller.username());
    return new Message("Cart cleared");
  }

  @POST
  @Path("/checkout")
  @Operation(
      summary =
          "Buy the cart as one order: prices from the catalog, stock reserved, cart emptied "
              + "only once the order exists; the same Idempotency-Key always gives the same order")
  @APIResponse(responseCode = "200", description = "The order (status CREATED)")
  @APIResponse(responseCode = "400", description = "Cart is empty")
  @APIResponse(
      responseCode = "409",
      description = "Not enough stock; errors[] names the short products; " + "the cart is kept")
  @APIResponse(
      responseCode = "503",
      description = "A service is down; retry with the same Idempotency-Key")
  public PlacedOrder checkout(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
    return checkouts.checkout(
        caller.username(), caller.bearer(), IdempotencyKey.of(idempotencyKey));
  }

  private static UUID item(String itemId) {
    return Ids.parse(itemId, "Item not found in cart");
  }
}
