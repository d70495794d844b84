package io.productstore.common.problem;

import java.util.List;

/** A failure a client should see as a problem+json response with this status and detail. */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(Problem.of(400, detail));
  }

  public static ProblemException unauthorized(String detail) {
    return new ProblemException(Problem.of(401, detail));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(403, detail));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, detail));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(409, detail));
  }

  public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
    return new ProblemException(Problem.of(422, detail).withErrors(errors));
  }

  public static ProblemException invalid(String detail, String field, String message) {
    return invalid(detail, List.of(new Problem.FieldError(field, message)));
  }

  public static ProblemException tooManyRequests(String detail) {
    return new ProblemException(Problem.of(429, detail));
  }

  public static ProblemException unavailable(String detail) {
    return new ProblemException(Problem.of(503, detail));
  }
}
