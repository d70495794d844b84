package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Prepares each CQL text once per service, on first use, and keeps it for the session's life. */
@ApplicationScoped
public class PreparedStatements {

  private final ConcurrentMap<String, PreparedStatement> prepared = new ConcurrentHashMap<>();
  private Cassandra cassandra;

  protected PreparedStatements() {}

  @Inject
  public PreparedStatements(Cassandra cassandra) {
    this.cassandra = cassandra;
  }

  public PreparedStatement get(String cql) {
    return prepared.computeIfAbsent(cql, text -> cassandra.session().prepare(text));
  }
}
