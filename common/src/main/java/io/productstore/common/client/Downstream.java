package io.productstore.common.client;

import io.productstore.common.problem.Problem;
import io.productstore.common.problem.ProblemException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a failed call to another service reaches our caller: its 401/403 as they are (the caller's
 * token was refused), anything else as 503 problem+json; with {@link #relay}, the service's own
 * refusals pass through. Gateways wrap every Rest Client call in this, inside their timeout and
 * circuit breaker.
 */
public final class Downstream {

  private Downstream() {}

  public static <T> T call(String service, Supplier<T> call) {
    try {
      return call.get();
    } catch (ErrorAnswer e) {
      throw refused(service, e.status());
    } catch (ProcessingException e) {
      throw unreachable(service);
    }
  }

  /** As {@link #call}, but a 404 from the service is an empty answer, not a failure. */
  public static <T> Optional<T> find(String service, Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (ErrorAnswer e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw refused(service, e.status());
    } catch (ProcessingException e) {
      throw unreachable(service);
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
    } catch (ErrorAnswer e) {
      if (e.status() >= 400 && e.status() < 500) {
        throw new Refusal(relayed(service, e));
      }
      throw refused(service, e.status());
    } catch (ProcessingException e) {
      throw unreachable(service);
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

    /** The request can never succeed as it is (as opposed to a refused token or throttling). */
    public boolean isFinal() {
      return status() != 401 && status() != 403 && status() != 429;
    }
  }

  private static Problem relayed(String service, ErrorAnswer answer) {
    JsonObject body = answer.body();
    Problem problem = Problem.of(answer.status(),
        body.getString("detail", "The " + service + " refused the request (HTTP " + answer.status() + ")"));
    if (body.get("errors") instanceof jakarta.json.JsonArray errors) {
      List<Problem.FieldError> fieldErrors = errors.getValuesAs(JsonObject.class).stream()
          .map(error -> new Problem.FieldError(error.getString("field", ""), error.getString("message", "")))
          .toList();
      problem = problem.withErrors(fieldErrors);
    }
    return problem;
  }

  private static ProblemException unreachable(String service) {
    return ProblemException.unavailable("The " + service + " is not reachable");
  }

  private static ProblemException refused(String service, int status) {
    if (status == 401 || status == 403) {
      return new ProblemException(Problem.of(status, "The " + service + " refused the caller's token"));
    }
    return ProblemException.unavailable("The " + service + " failed (HTTP " + status + ")");
  }
}
