package io.productstore.user.persistence;

import com.datastax.oss.driver.api.core.uuid.Uuids;
import io.productstore.common.cassandra.Cql;
import io.productstore.user.domain.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** Failed logins in {@code login_failures_by_username}; each row expires after the window. */
@ApplicationScoped
public class CassandraFailureLog implements LoginThrottle.FailureLog {

  private Cql cql;

  protected CassandraFailureLog() {}

  @Inject
  public CassandraFailureLog(Cql cql) {
    this.cql = cql;
  }

  @Override
  public int countRecent(String username) {
    return (int)
        cql.execute("SELECT COUNT(*) FROM login_failures_by_username WHERE username = ?", username)
            .one()
            .getLong(0);
  }

  @Override
  public void record(String username, Duration window) {
    cql.execute(
        "INSERT INTO login_failures_by_username (username, failed_at) VALUES (?, ?) USING TTL ?",
        username,
        Uuids.timeBased(),
        (int) window.toSeconds());
  }

  @Override
  public void clear(String username) {
    cql.execute("DELETE FROM login_failures_by_username WHERE username = ?", username);
  }
}
