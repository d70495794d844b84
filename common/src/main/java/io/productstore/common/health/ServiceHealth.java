package io.productstore.common.health;

import io.productstore.common.cassandra.Cassandra;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The per-service health route of the old clients: 200 when usable, 503 otherwise. */
@ApplicationScoped
public class ServiceHealth {

  /** The body of the compatibility health routes. */
  public record Report(String status, String service, String cassandra, String keyspace) {}

  private Cassandra cassandra;

  protected ServiceHealth() {}

  @Inject
  public ServiceHealth(Cassandra cassandra) {
    this.cassandra = cassandra;
  }

  public Response report(String service) {
    boolean usable = cassandra.isUsable();
    Report report =
        new Report(usable ? "ok" : "unavailable", service, usable ? "up" : "down", cassandra.keyspace());
    return Response.status(usable ? 200 : 503).type(MediaType.APPLICATION_JSON).entity(report).build();
  }
}
