package io.productstore.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code POST /orders/}: what to buy (prices come from the catalog, never from here);
 * {@code user_id} names the buyer only when a service places the order for a user.
 */
public record OrderRequest(
    @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items,
    @Size(min = 1, max = 50) String userId) {

  /** One requested item. */
  public record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(1000) Integer quantity) {}

  /** The quantities per product, lines of one product merged. */
  public Map<UUID, Integer> quantities() {
    Map<UUID, Integer> merged = new LinkedHashMap<>();
    items.forEach(item -> merged.merge(item.productId(), item.quantity(), Integer::sum));
    return merged;
  }
}
