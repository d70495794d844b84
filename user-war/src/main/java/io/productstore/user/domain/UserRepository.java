package io.productstore.user.domain;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface UserRepository {

  /** Stores the user unless the username is taken; false when it is. */
  boolean insertIfAbsent(User user);

  Optional<User> findByUsername(String username);

  /** Every account, ordered by username. */
  List<User> findAll();
}
