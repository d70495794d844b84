package io.productstore.user.api;

import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The full profile: the User, the current cart total and the order summaries. */
public record ProfileView(UUID id, String username, String fullName, String phone,
    Instant createdAt, BigDecimal totalSpent, boolean isAdmin, Set<String> roles,
    BigDecimal currentCartTotal, JsonArray orders) {

  static ProfileView of(UserView user, BigDecimal cartTotal, JsonArray orders) {
    return new ProfileView(user.id(), user.username(), user.fullName(), user.phone(),
        user.createdAt(), user.totalSpent(), user.isAdmin(), user.roles(), cartTotal, orders);
  }
}
