package io.productstore.user.domain;

import java.util.function.Supplier;

/** The user service's business metrics (the port; {@code metrics/} writes them). */
public interface UserMetrics {

  /** How a password login ended. */
  enum LoginOutcome {
    SUCCESS,
    BAD_PASSWORD,
    UNKNOWN_USER,
    LOCKED
  }

  void registered();

  void login(LoginOutcome outcome);

  void refresh(boolean succeeded);

  /** Runs one password hash or check and records how long it took. */
  <T> T timeHash(Supplier<T> hashing);
}
