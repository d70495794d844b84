package io.productstore.user.client;

import io.productstore.common.problem.Problem;
import io.productstore.common.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;

/** How a failed call to another service reaches our caller: their 401/403 as is, else 503. */
final class Downstream {

  private Downstream() {}

  static <T> T call(String service, Supplier<T> call) {
    try {
      return call.get();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 401 || status == 403) {
        throw new ProblemException(Problem.of(status, "The " + service + " refused the caller's token"));
      }
      throw ProblemException.unavailable("The " + service + " failed (HTTP " + status + ")");
    } catch (ProcessingException e) {
      throw ProblemException.unavailable("The " + service + " is not reachable");
    }
  }
}
