package io.productstore.common.problem;

import io.productstore.common.domain.DomainException;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem body; {@code detail} is the sentence old clients read. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  /** One invalid field of a request body or query. */
  public record FieldError(String field, String message) {}

  public static Problem of(int status, String detail) {
    return new Problem("about:blank", title(status), status, detail, null);
  }

  /**
   * The problem of a status the runtime or the container answered on its own (unknown path, wrong
   * method or media type, a rejected token or URI), with the sentence that says it.
   */
  public static Problem ofStatus(int status) {
    return of(
        status,
        switch (status) {
          case 400 -> "The request is malformed";
          case 401 -> "Not authenticated";
          case 403 -> "Not allowed";
          case 404 -> "Not Found";
          case 405 -> "Method not allowed on this resource";
          case 406 -> "No acceptable representation";
          case 413 -> "Request body too large";
          case 415 -> "Unsupported media type";
          default ->
              Response.Status.Family.familyOf(status) == Response.Status.Family.SERVER_ERROR
                  ? "The server could not complete the request"
                  : "The request could not be processed";
        });
  }

  /** The problem a domain's refusal is answered with. */
  public static Problem of(DomainException refusal) {
    return of(DomainExceptionMapper.status(refusal.reason()), refusal.detail())
        .withErrors(
            refusal.violations().stream()
                .map(violation -> new FieldError(violation.field(), violation.message()))
                .toList());
  }

  private static String title(int status) {
    if (status == 422) {
      return "Unprocessable Content";
    }
    if (status == 429) {
      return "Too Many Requests";
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(
        type, title, status, detail, fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors));
  }

  /**
   * The {@code WWW-Authenticate} challenge of a 401 (RFC 6750): an error code only when a token was
   * sent, and then the token was the problem.
   */
  public static String bearerChallenge(boolean tokenSent) {
    return tokenSent
        ? "Bearer realm=\"product-store\", error=\"invalid_token\""
        : "Bearer realm=\"product-store\"";
  }

  public Response toResponse() {
    Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON).entity(this);
    if (status == 401) {
      builder.header("WWW-Authenticate", bearerChallenge(false));
    }
    if (status == 503 || status == 429) {
      builder.header("Retry-After", status == 429 ? "60" : "5");
    }
    return builder.build();
  }
}
