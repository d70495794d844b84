package io.productstore.user.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface UserRepository {

  /** Stores the user unless the username is taken; false when it is. */
  boolean insertIfAbsent(User user);

  Optional<User> findByUsername(String username);

  /** Writes full name and phone of an existing account; false when there is none. */
  boolean updateProfile(User user);

  /** Writes the roles of an existing account; false when there is none. */
  boolean updateRoles(User user);

  /** Every account, ordered by username. */
  List<User> findAll();
}
