package io.productstore.user.domain;

import io.productstore.common.security.Roles;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An account of the store. Its roles are granted, never inferred from its name. */
public record User(
    UUID id,
    String username,
    String fullName,
    String phone,
    String passwordHash,
    Set<String> roles,
    Instant createdAt) {

  public User {
    roles = Set.copyOf(roles);
  }

  /** A new account with the role every account has. */
  public static User register(
      String username, String fullName, String phone, String passwordHash, Instant now) {
    return new User(
        UUID.randomUUID(), username, fullName, phone, passwordHash, Set.of(Roles.USER), now);
  }

  public User withRoles(Set<String> granted) {
    Set<String> all = new TreeSet<>(granted);
    all.add(Roles.USER);
    return new User(id, username, fullName, phone, passwordHash, all, createdAt);
  }

  /** The same account with these profile fields; null or blank ones are left as they were. */
  public User withProfile(String newFullName, String newPhone) {
    return new User(
        id,
        username,
        isBlank(newFullName) ? fullName : newFullName,
        isBlank(newPhone) ? phone : newPhone,
        passwordHash,
        roles,
        createdAt);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  public boolean isAdmin() {
    return roles.contains(Roles.ADMIN);
  }
}
