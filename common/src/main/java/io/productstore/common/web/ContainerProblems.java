package io.productstore.common.web;

import io.productstore.common.problem.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of every service (web-fragment.xml): what the container answers on its own (an
 * encoded slash or traversal inside a route, an exception no mapper saw) becomes problem+json,
 * never the container's HTML page with its message ids and class names. Asked directly, it is a
 * path like any unknown one: 404.
 */
public class ContainerProblems extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400
            ? code
            : HttpServletResponse.SC_NOT_FOUND;
    EdgeFilter.timeUnrouted(request, status);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader(
          "WWW-Authenticate", Problem.bearerChallenge(request.getHeader("Authorization") != null));
    }
    response.getWriter().write(JsonConfig.JSONB.toJson(Problem.ofStatus(status)));
  }
}
