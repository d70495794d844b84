package io.productstore.common.domain;

import java.util.List;

/**
 * Another service answered, and its answer was no (not enough stock, unknown product, an empty
 * cart, the caller's token refused): a decision, not an outage, so circuit breakers skip it and
 * callers pass it on as it is.
 */
public class Refused extends DomainException {

  private static final long serialVersionUID = 1L;

  public Refused(Reason reason, String detail, List<Violation> violations) {
    super(reason, detail, violations);
  }

  /** The request can never succeed as it is (as opposed to a refused token or throttling). */
  public boolean isFinal() {
    return reason() != Reason.UNAUTHENTICATED
        && reason() != Reason.FORBIDDEN
        && reason() != Reason.THROTTLED;
  }
}
