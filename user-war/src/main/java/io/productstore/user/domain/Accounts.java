package io.productstore.user.domain;

import io.productstore.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Registration and password login: unique usernames, and one answer for every failed login. */
@ApplicationScoped
public class Accounts {

  static final String BAD_CREDENTIALS = "Incorrect username or password";

  private UserRepository users;
  private PasswordHasher hasher;

  protected Accounts() {}

  @Inject
  public Accounts(UserRepository users, PasswordHasher hasher) {
    this.users = users;
    this.hasher = hasher;
  }

  public User register(String username, String fullName, String phone, String password) {
    User user = User.register(username, fullName, phone, hasher.hash(password));
    if (!users.insertIfAbsent(user)) {
      throw ProblemException.conflict("Username already registered");
    }
    return user;
  }

  /** The account whose password this is; 401 with the same detail for any failure. */
  public User authenticate(String username, String password) {
    var user = users.findByUsername(username);
    if (user.isEmpty()) {
      hasher.matchDecoy(password);
      throw ProblemException.unauthorized(BAD_CREDENTIALS);
    }
    if (!hasher.matches(password, user.get().passwordHash())) {
      throw ProblemException.unauthorized(BAD_CREDENTIALS);
    }
    return user.get();
  }

  public User byUsername(String username) {
    return users.findByUsername(username)
        .orElseThrow(() -> ProblemException.notFound("User not found"));
  }
}
