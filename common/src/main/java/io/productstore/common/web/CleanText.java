package io.productstore.common.web;

import io.productstore.common.problem.ProblemException;
import java.util.Optional;

/**
 * Text a client may store: no control characters (tab, line feed and carriage return aside) and no
 * half of a surrogate pair. A NUL or an escape sequence in a name breaks every screen and log it
 * reaches, and a lone surrogate cannot be encoded as UTF-8 at all (Cassandra would refuse it).
 */
public final class CleanText {

  private CleanText() {}

  /** What is wrong with the text, or empty when it is clean. */
  public static Optional<String> problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("must be valid Unicode (half of a surrogate pair at " + i + ")");
      } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return Optional.of(
            String.format("must not contain control characters (U+%04X at %d)", (int) c, i));
      }
    }
    return Optional.empty();
  }

  /** The text, or a 400 naming the field when it is not clean. */
  public static String require(String field, String text) {
    if (text != null) {
      problem(text)
          .ifPresent(
              wrong -> {
                throw ProblemException.badRequest(field + " " + wrong);
              });
    }
    return text;
  }
}
