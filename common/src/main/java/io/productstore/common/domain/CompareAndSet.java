package io.productstore.common.domain;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The loop around a compare-and-set write: read, decide, write if nothing changed meanwhile, and
 * start over when something did. A row that keeps changing is a 503 to try again, never a lost
 * update.
 */
public final class CompareAndSet {

  private CompareAndSet() {}

  /**
   * Runs {@code attempt} until it returns a value (its write went through), at most {@code
   * attempts} times; then {@link DomainException.Reason#UNAVAILABLE} with {@code busy}.
   */
  public static <T> T retry(int attempts, String busy, Supplier<Optional<T>> attempt) {
    for (int i = 0; i < attempts; i++) {
      Optional<T> done = attempt.get();
      if (done.isPresent()) {
        return done.get();
      }
    }
    throw DomainException.unavailable(busy);
  }
}
