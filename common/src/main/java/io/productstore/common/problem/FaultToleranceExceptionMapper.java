package io.productstore.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** A downstream call that timed out, or whose circuit is open, is a 503 the client may retry. */
@Provider
public class FaultToleranceExceptionMapper implements ExceptionMapper<FaultToleranceException> {

  @Override
  public Response toResponse(FaultToleranceException exception) {
    return Problem.of(503, "A service this request depends on is not available; try again shortly")
        .toResponse();
  }
}
