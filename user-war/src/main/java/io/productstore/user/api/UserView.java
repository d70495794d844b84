package io.productstore.user.api;

import io.productstore.user.domain.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * User = {id, username, full_name, phone, created_at, total_spent, is_admin, roles}; never the
 * password hash. total_spent is present where the caller's orders were read (their own account).
 */
public record UserView(
    UUID id,
    String username,
    String fullName,
    String phone,
    Instant createdAt,
    BigDecimal totalSpent,
    boolean isAdmin,
    Set<String> roles) {

  /** An account as admins list it, without reading its orders. */
  public static UserView of(User user) {
    return of(user, null);
  }

  public static UserView of(User user, BigDecimal totalSpent) {
    return new UserView(
        user.id(),
        user.username(),
        user.fullName(),
        user.phone(),
        user.createdAt(),
        totalSpent,
        user.isAdmin(),
        new TreeSet<>(user.roles()));
  }
}
