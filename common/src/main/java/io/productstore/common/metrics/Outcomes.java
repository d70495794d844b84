package io.productstore.common.metrics;

import java.util.Locale;
import org.eclipse.microprofile.metrics.Tag;

/**
 * A domain's outcome enum as a metric label: {@code SHORT_STOCK} is {@code outcome="short_stock"}.
 */
public final class Outcomes {

  private Outcomes() {}

  public static Tag tag(Enum<?> outcome) {
    return tag("outcome", outcome);
  }

  public static Tag tag(String label, Enum<?> value) {
    return new Tag(label, value.name().toLowerCase(Locale.ROOT));
  }
}
