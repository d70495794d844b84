package io.productstore.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Gives the runtime's own errors (unknown path, wrong method or media type) a problem body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original.getStatus();
    Problem problem = Problem.of(status, detailFor(status));
    Response.ResponseBuilder answer = Response.fromResponse(problem.toResponse());
    String allow = original.getHeaderString("Allow");
    if (allow != null) {
      answer.header("Allow", allow);
    }
    return answer.build();
  }

  private static String detailFor(int status) {
    return switch (status) {
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
    };
  }
}
