package io.productstore.user.api;

import io.productstore.common.security.CurrentUser;
import io.productstore.common.security.Roles;
import io.productstore.common.web.CleanText;
import io.productstore.common.web.IdempotencyKey;
import io.productstore.user.domain.Accounts;
import io.productstore.user.domain.CartAccess;
import io.productstore.user.domain.CartSummary;
import io.productstore.user.domain.OrderHistory;
import io.productstore.user.domain.OrderSummary;
import io.productstore.user.domain.PlacedOrder;
import io.productstore.user.domain.Profiles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account, with its cart and orders from the other services. */
@Path("/users/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "users")
public class MeResource {

  private Accounts accounts;
  private Profiles profiles;
  private CurrentUser caller;
  private CartAccess carts;
  private OrderHistory orders;
  private Validator validator;

  protected MeResource() {}

  @Inject
  public MeResource(
      Accounts accounts,
      Profiles profiles,
      CurrentUser caller,
      CartAccess carts,
      OrderHistory orders,
      Validator validator) {
    this.accounts = accounts;
    this.profiles = profiles;
    this.caller = caller;
    this.carts = carts;
    this.orders = orders;
    this.validator = validator;
  }

  @GET
  @Operation(
      summary =
          "The caller's account, with total_spent from their orders when the order"
              + " service answers (left out when it does not)")
  public UserView me() {
    return UserView.of(
        accounts.byUsername(caller.username()),
        profiles.totalSpentIfKnown(caller.bearer()).orElse(null));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change full_name and/or phone (missing or empty = unchanged)")
  public UserView updateMe(@Valid @NotNull ProfileUpdate body) {
    return UserView.of(accounts.updateProfile(caller.username(), body.fullName(), body.phone()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(summary = "Change full_name and/or phone, as form fields")
  public UserView updateMeByForm(
      @FormParam("full_name") String fullName, @FormParam("phone") String phone) {
    ProfileUpdate update =
        new ProfileUpdate(
            CleanText.require("full_name", fullName), CleanText.require("phone", phone));
    var violations = validator.validate(update);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return updateMe(update);
  }

  @GET
  @Path("/cart")
  @Operation(summary = "The caller's cart, from the cart service with the caller's token")
  @APIResponse(responseCode = "200", description = "The cart: {items, total}")
  @APIResponse(responseCode = "503", description = "A service this route reads is not available")
  public CartSummary myCart() {
    return carts.cartOf(caller.bearer());
  }

  @GET
  @Path("/orders")
  @Operation(summary = "The caller's orders (OrderSummary: id, status, total, created_at)")
  @APIResponse(responseCode = "200", description = "OrderSummary[], newest first")
  @APIResponse(responseCode = "503", description = "A service this route reads is not available")
  public List<OrderSummary> myOrders() {
    return orders.ordersOf(caller.bearer());
  }

  @POST
  @Path("/orders")
  @Operation(
      summary =
          "Check out the caller's cart (the cart service's checkout, with the caller's token "
              + "and Idempotency-Key)")
  @APIResponse(responseCode = "200", description = "The created order")
  @APIResponse(responseCode = "400", description = "Cart is empty")
  @APIResponse(responseCode = "409", description = "Not enough stock; the cart is kept")
  @APIResponse(responseCode = "503", description = "A service this route needs is not available")
  public PlacedOrder checkout(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
    return carts.checkout(caller.bearer(), idempotencyKey);
  }

  @GET
  @Path("/total-spent")
  @Operation(summary = "The sum of the caller's orders that are not cancelled")
  @APIResponse(responseCode = "200", description = "{\"total_spent\": n}")
  @APIResponse(responseCode = "503", description = "A service this route reads is not available")
  public Map<String, BigDecimal> totalSpent() {
    return Map.of("total_spent", OrderSummary.totalSpent(orders.ordersOf(caller.bearer())));
  }

  @GET
  @Path("/profile")
  @Operation(
      summary =
          "The caller's account with current_cart_total and orders (the order and cart "
              + "services are asked side by side)")
  @APIResponse(responseCode = "200", description = "User + current_cart_total + orders")
  @APIResponse(responseCode = "503", description = "A service this route reads is not available")
  public ProfileView profile() {
    return ProfileView.of(profiles.of(caller.username(), caller.bearer()));
  }
}
