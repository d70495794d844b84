package io.productstore.common.domain;

import java.util.List;

/**
 * A rule of the domain said no. The {@link Reason} says what kind of no it is; the edge (the
 * problem+json mapper in {@code common.problem}) turns it into a status, once, for every service.
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal this is, in the domain's terms. */
  public enum Reason {
    /** The request cannot be carried out as asked (an empty cart, min above max). */
    REJECTED,
    /** The credentials are wrong, or none were given. */
    UNAUTHENTICATED,
    /** The caller may not do this. */
    FORBIDDEN,
    NOT_FOUND,
    /** The state does not allow it now (not enough stock, an illegal transition). */
    CONFLICT,
    /** Some fields are invalid; {@link #violations()} names them. */
    INVALID,
    /** Too many attempts; try again later. */
    THROTTLED,
    /** It may work if tried again shortly (a dependency is down, a row keeps changing). */
    UNAVAILABLE
  }

  /** One invalid field (or, for stock, one short product) and what is wrong with it. */
  public record Violation(String field, String message) {}

  private final Reason reason;
  private final transient List<Violation> violations;

  public DomainException(Reason reason, String detail, List<Violation> violations) {
    super(detail, null, false, false);
    this.reason = reason;
    this.violations = List.copyOf(violations);
  }

  public DomainException(Reason reason, String detail) {
    this(reason, detail, List.of());
  }

  public Reason reason() {
    return reason;
  }

  /** The sentence a user reads. */
  public String detail() {
    return getMessage();
  }

  public List<Violation> violations() {
    return violations;
  }

  public static DomainException rejected(String detail) {
    return new DomainException(Reason.REJECTED, detail);
  }

  public static DomainException unauthenticated(String detail) {
    return new DomainException(Reason.UNAUTHENTICATED, detail);
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(Reason.FORBIDDEN, detail);
  }

  public static DomainException notFound(String detail) {
    return new DomainException(Reason.NOT_FOUND, detail);
  }

  public static DomainException conflict(String detail) {
    return new DomainException(Reason.CONFLICT, detail);
  }

  public static DomainException conflict(String detail, List<Violation> violations) {
    return new DomainException(Reason.CONFLICT, detail, violations);
  }

  public static DomainException invalid(String detail, List<Violation> violations) {
    return new DomainException(Reason.INVALID, detail, violations);
  }

  public static DomainException invalid(String detail, String field, String message) {
    return invalid(detail, List.of(new Violation(field, message)));
  }

  public static DomainException throttled(String detail) {
    return new DomainException(Reason.THROTTLED, detail);
  }

  public static DomainException unavailable(String detail) {
    return new DomainException(Reason.UNAVAILABLE, detail);
  }
}
