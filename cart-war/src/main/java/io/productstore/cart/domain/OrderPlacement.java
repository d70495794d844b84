package io.productstore.cart.domain;

import java.util.Map;
import java.util.UUID;

/**
 * The order service as a checkout needs it (the port). Placing is idempotent per checkout id: the
 * same id always answers with the same order. The order service's own no (not enough stock, unknown
 * product) is a {@link io.productstore.common.domain.Refused}; an outage is a {@link
 * io.productstore.common.domain.DependencyUnavailable}.
 */
public interface OrderPlacement {

  /** Places the order with the buyer's own token. */
  PlacedOrder place(String bearer, UUID checkoutId, Map<UUID, Integer> lines);

  /** Places the order for {@code username} with this service's own token (the recovery pass). */
  PlacedOrder placeFor(String username, UUID checkoutId, Map<UUID, Integer> lines);
}
