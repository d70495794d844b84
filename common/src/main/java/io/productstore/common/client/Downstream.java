package io.productstore.common.client;

import io.productstore.common.problem.Problem;
import io.productstore.common.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a failed call to another service reaches our caller: its 401/403 as they are (the caller's
 * token was refused), anything else as 503 problem+json. Gateways wrap every Rest Client call in
 * this, inside their timeout and circuit breaker.
 */
public final class Downstream {

  private Downstream() {}

  public static <T> T call(String service, Supplier<T> call) {
    try {
      return call.get();
    } catch (WebApplicationException e) {
      throw refused(service, e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw ProblemException.unavailable("The " + service + " is not reachable");
    }
  }

  /** As {@link #call}, but a 404 from the service is an empty answer, not a failure. */
  public static <T> Optional<T> find(String service, Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (WebApplicationException e) {
      if (e.getResponse().getStatus() == 404) {
        return Optional.empty();
      }
      throw refused(service, e.getResponse().getStatus());
    } catch (ProcessingException e) {
      throw ProblemException.unavailable("The " + service + " is not reachable");
    }
  }

  /**
   * As {@link #call}, but the service's own 4xx answers (409 not enough stock, 404 unknown product,
   * 400 empty cart...) reach our caller as they are, as a {@link Refusal}: gateways tell their
   * circuit breakers that a refusal is not a failure.
   */
  public static <T> T relay(String service, Supplier<T> call) {
    try {
      return call.get();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 400 && status < 500) {
        throw new Refusal(relayed(service, e, status));
      }
      throw refused(service, status);
    } catch (ProcessingException e) {
      throw ProblemException.unavailable("The " + service + " is not reachable");
    }
  }

  /** A downstream service's 4xx answer: a decision, not an outage. */
  public static final class Refusal extends ProblemException {
    private static final long serialVersionUID = 1L;

    Refusal(Problem problem) {
      super(problem);
    }

    public int status() {
      return problem().status();
    }

    /** The request can never succeed as it is (as opposed to a refused token). */
    public boolean isFinal() {
      return status() != 401 && status() != 403 && status() != 429;
    }
  }

  private static Problem relayed(String service, WebApplicationException e, int status) {
    try {
      JsonObject body = e.getResponse().readEntity(JsonObject.class);
      Problem problem = Problem.of(status, body.getString("detail", "The " + service + " refused the request"));
      if (body.containsKey("errors") && !body.isNull("errors")) {
        List<Problem.FieldError> errors = body.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> new Problem.FieldError(error.getString("field", ""), error.getString("message", "")))
            .toList();
        problem = problem.withErrors(errors);
      }
      return problem;
    } catch (RuntimeException unreadable) {
      return Problem.of(status, "The " + service + " refused the request (HTTP " + status + ")");
    }
  }

  private static ProblemException refused(String service, int status) {
    if (status == 401 || status == 403) {
      return new ProblemException(Problem.of(status, "The " + service + " refused the caller's token"));
    }
    return ProblemException.unavailable("The " + service + " failed (HTTP " + status + ")");
  }
}
