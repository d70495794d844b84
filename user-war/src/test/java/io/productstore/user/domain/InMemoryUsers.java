package io.productstore.user.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Accounts in memory, unique by username like the adapter's lightweight transaction. */
final class InMemoryUsers implements UserRepository {

  private final Map<String, User> users = new TreeMap<>();

  @Override
  public boolean insertIfAbsent(User user) {
    return users.putIfAbsent(user.username(), user) == null;
  }

  @Override
  public Optional<User> findByUsername(String username) {
    return Optional.ofNullable(users.get(username));
  }

  @Override
  public boolean updateProfile(User user) {
    return users.replace(user.username(), user) != null;
  }

  @Override
  public boolean updateRoles(User user) {
    return users.replace(user.username(), user) != null;
  }

  @Override
  public List<User> findAll() {
    return List.copyOf(users.values());
  }
}
