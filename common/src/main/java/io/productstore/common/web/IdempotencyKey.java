package io.productstore.common.web;

import io.productstore.common.problem.ProblemException;
import java.util.Optional;

/**
 * The optional {@code Idempotency-Key} header of the routes that create things: 1 to 200
 * characters.
 */
public final class IdempotencyKey {

  public static final String HEADER = "Idempotency-Key";
  static final int MAX_LENGTH = 200;

  private IdempotencyKey() {}

  /** The key, empty when the header is absent; 400 when it is blank or too long. */
  public static Optional<String> of(String header) {
    if (header != null && (header.isBlank() || header.length() > MAX_LENGTH)) {
      throw ProblemException.badRequest(HEADER + " must be 1 to " + MAX_LENGTH + " characters");
    }
    return Optional.ofNullable(header);
  }
}
