package io.productstore.common.problem;

import io.productstore.common.domain.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one place where a domain's refusal becomes an HTTP status and a problem+json body. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException exception) {
    return Problem.of(exception).toResponse();
  }

  static int status(DomainException.Reason reason) {
    return switch (reason) {
      case REJECTED -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case INVALID -> 422;
      case THROTTLED -> 429;
      case UNAVAILABLE -> 503;
    };
  }
}
