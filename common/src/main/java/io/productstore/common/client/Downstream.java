package io.productstore.common.client;

import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Refused;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a failed call to another service reaches the domain: a refused token as a {@link Refused}
 * (401/403), anything else as {@link DependencyUnavailable}; with {@link #relay}, the service's own
 * refusals (4xx) pass on as a {@link Refused} with its detail and errors. Gateways wrap every Rest
 * Client call in this, inside their timeout and circuit breaker.
 */
public final class Downstream {

  private static final Logger LOG = Logger.getLogger(Downstream.class.getName());

  private Downstream() {}

  public static <T> T call(String service, Supplier<T> call) {
    try {
      return call.get();
    } catch (ErrorAnswer e) {
      throw failed(service, e.status());
    } catch (ProcessingException e) {
      throw unreachable(service, e);
    }
  }

  /**
   * As {@link #call}, but a 404 from the service is an empty answer, not a failure. Only the
   * service's own problem counts: a bare 404 is the container or a proxy answering for a service
   * that is not there (an application still starting in its server).
   */
  public static <T> Optional<T> find(String service, Supplier<T> call) {
    try {
      return Optional.of(call.get());
    } catch (ErrorAnswer e) {
      if (e.status() == 404 && e.isProblem()) {
        return Optional.empty();
      }
      throw failed(service, e.status());
    } catch (ProcessingException e) {
      throw unreachable(service, e);
    }
  }

  /**
   * As {@link #call}, but the service's own 4xx answers (409 not enough stock, 404 unknown product,
   * 400 empty cart...) reach the caller as they are, as a {@link Refused}: gateways tell their
   * circuit breakers that a refusal is not a failure. A 4xx without the service's problem body is
   * not the service's answer but the container's (an application not started yet answers a bare
   * 404): unavailable, so that a checkout is tried again, never given up (OrderRecoveryIT placed a
   * second order when a restarting server's cart took that 404 for "unknown product").
   */
  public static <T> T relay(String service, Supplier<T> call) {
    try {
      return call.get();
    } catch (ErrorAnswer e) {
      if (e.status() >= 400 && e.status() < 500 && e.isProblem()) {
        throw relayed(service, e);
      }
      throw failed(service, e.status());
    } catch (ProcessingException e) {
      throw unreachable(service, e);
    }
  }

  /** The domain's reason for a downstream status (an unknown 4xx is a plain rejection). */
  static Reason reason(int status) {
    return switch (status) {
      case 401 -> Reason.UNAUTHENTICATED;
      case 403 -> Reason.FORBIDDEN;
      case 404 -> Reason.NOT_FOUND;
      case 409 -> Reason.CONFLICT;
      case 422 -> Reason.INVALID;
      case 429 -> Reason.THROTTLED;
      default -> Reason.REJECTED;
    };
  }

  private static Refused relayed(String service, ErrorAnswer answer) {
    JsonObject body = answer.body();
    String detail =
        body.getString(
            "detail", "The " + service + " refused the request (HTTP " + answer.status() + ")");
    List<DomainException.Violation> violations =
        body.get("errors") instanceof JsonArray errors
            ? errors.getValuesAs(JsonObject.class).stream()
                .map(
                    e ->
                        new DomainException.Violation(
                            e.getString("field", ""), e.getString("message", "")))
                .toList()
            : List.of();
    return new Refused(reason(answer.status()), detail, violations);
  }

  private static DomainException unreachable(String service, ProcessingException e) {
    // The 503's cause, which the answer does not show: refused, timed out, reset (a bench's
    // burst of them opened the product breaker with no other trace, 2026-12-04).
    LOG.log(Level.WARNING, "The {0} is not reachable: {1}", new Object[] {service, cause(e)});
    return new DependencyUnavailable("The " + service + " is not reachable");
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static DomainException failed(String service, int status) {
    if (status == 401 || status == 403) {
      return new Refused(
          reason(status), "The " + service + " refused the caller's token", List.of());
    }
    return new DependencyUnavailable("The " + service + " failed (HTTP " + status + ")");
  }
}
