package io.productstore.common.health;

import io.productstore.common.cassandra.Cassandra;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The per-service health route of the old clients: 200 when every readiness check of this service
 * is UP (its keyspace, its recovery pass, its critical downstreams), 503 otherwise.
 */
@ApplicationScoped
public class ServiceHealth {

  /** The body of the compatibility health routes. */
  public record Report(
      String status,
      String service,
      String cassandra,
      String keyspace,
      Map<String, String> checks) {}

  private Cassandra cassandra;
  private Instance<HealthCheck> readiness;

  protected ServiceHealth() {}

  @Inject
  public ServiceHealth(Cassandra cassandra, @Readiness Instance<HealthCheck> readiness) {
    this.cassandra = cassandra;
    this.readiness = readiness;
  }

  public Response report(String service) {
    Map<String, String> checks = new TreeMap<>();
    for (HealthCheck check : readiness) {
      HealthCheckResponse answer = check.call();
      checks.put(answer.getName(), answer.getStatus().name());
    }
    boolean ready = checks.values().stream().allMatch("UP"::equals);
    Report report =
        new Report(
            ready ? "ok" : "unavailable",
            service,
            cassandra.isUsable() ? "up" : "down",
            cassandra.keyspace(),
            checks);
    return Response.status(ready ? 200 : 503)
        .type(MediaType.APPLICATION_JSON)
        .entity(report)
        .build();
  }
}
