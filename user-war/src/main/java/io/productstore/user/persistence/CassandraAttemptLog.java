package io.productstore.user.persistence;

import com.datastax.oss.driver.api.core.uuid.Uuids;
import io.productstore.common.cassandra.Cql;
import io.productstore.common.domain.ClientAddress;
import io.productstore.user.domain.ClientBrake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Attempts per client address in {@code attempts_by_client}; each row expires after the window. */
@ApplicationScoped
public class CassandraAttemptLog implements ClientBrake.AttemptLog {

  private Cql cql;

  protected CassandraAttemptLog() {}

  @Inject
  public CassandraAttemptLog(Cql cql) {
    this.cql = cql;
  }

  @Override
  public int countRecent(ClientBrake.Action action, ClientAddress client) {
    return (int)
        cql.execute(
                "SELECT COUNT(*) FROM attempts_by_client WHERE action = ? AND client = ?",
                action.name(),
                client.value())
            .one()
            .getLong(0);
  }

  @Override
  public void record(ClientBrake.Action action, ClientAddress client, Duration window) {
    cql.execute(
        "INSERT INTO attempts_by_client (action, client, attempted_at) VALUES (?, ?, ?) USING TTL ?",
        action.name(),
        client.value(),
        Uuids.timeBased(),
        (int) window.toSeconds());
  }
}
