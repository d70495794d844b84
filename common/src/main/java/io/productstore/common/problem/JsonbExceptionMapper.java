package io.productstore.common.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the route expects is the client's mistake: 400, not 500. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  static final String DETAIL = "The request body is not valid JSON for this resource";

  @Override
  public Response toResponse(JsonbException exception) {
    // A strict reader's refusal says what was wrong (common/web/StrictJson); JSON-B wraps it.
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnreadableBody unreadable) {
        return Problem.of(400, DETAIL + ": " + unreadable.getMessage()).toResponse();
      }
    }
    return Problem.of(400, DETAIL).toResponse();
  }
}
