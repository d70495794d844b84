package io.productstore.common.domain;

/**
 * Another service could not answer (down, too slow, or cut off by its circuit breaker): the same
 * request may work shortly. Thrown by the adapters of the outbound ports.
 */
public class DependencyUnavailable extends DomainException {

  private static final long serialVersionUID = 1L;

  public DependencyUnavailable(String detail) {
    super(Reason.UNAVAILABLE, detail);
  }
}
