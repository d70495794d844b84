package io.productstore.common.health;

import io.productstore.common.cassandra.Cassandra;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the service's keyspace is migrated and Cassandra answers; never a liveness check.
 */
@Readiness
@ApplicationScoped
public class CassandraCheck implements HealthCheck {

  private Cassandra cassandra;

  protected CassandraCheck() {}

  @Inject
  public CassandraCheck(Cassandra cassandra) {
    this.cassandra = cassandra;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("cassandra-" + cassandra.keyspace())
            .withData("keyspace", cassandra.keyspace());
    if (cassandra.isUsable()) {
      return response.up().withData("schemaVersion", cassandra.schemaVersion()).build();
    }
    return response.down().withData("error", String.valueOf(cassandra.lastError())).build();
  }
}
