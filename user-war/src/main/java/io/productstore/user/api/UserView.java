package io.productstore.user.api;

import io.productstore.user.domain.User;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** User = {id, username, full_name, phone, created_at, is_admin, roles}; never the password hash. */
public record UserView(UUID id, String username, String fullName, String phone, Instant createdAt,
    boolean isAdmin, Set<String> roles) {

  public static UserView of(User user) {
    return new UserView(user.id(), user.username(), user.fullName(), user.phone(), user.createdAt(),
        user.isAdmin(), new TreeSet<>(user.roles()));
  }
}
