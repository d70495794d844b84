package io.productstore.user.api;

import io.productstore.user.domain.OrderSummary;
import io.productstore.user.domain.Profiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The full profile: the User, the current cart total and the order summaries. */
public record ProfileView(
    UUID id,
    String username,
    String fullName,
    String phone,
    Instant createdAt,
    BigDecimal totalSpent,
    boolean isAdmin,
    Set<String> roles,
    BigDecimal currentCartTotal,
    List<OrderSummary> orders) {

  static ProfileView of(Profiles.Profile profile) {
    UserView user = UserView.of(profile.user(), profile.totalSpent());
    return new ProfileView(
        user.id(),
        user.username(),
        user.fullName(),
        user.phone(),
        user.createdAt(),
        user.totalSpent(),
        user.isAdmin(),
        user.roles(),
        profile.cartTotal(),
        profile.orders());
  }
}
