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

  public Response toResponse() {
    Response.ResponseBuilder builder = Response.status(status).type(PROBLEM_JSON).entity(this);
    if (status == 401) {
      builder.header("WWW-Authenticate", "Bearer");
    }
    if (status == 503 || status == 429) {
      builder.header("Retry-After", status == 429 ? "60" : "5");
    }
    return builder.build();
  }
}
