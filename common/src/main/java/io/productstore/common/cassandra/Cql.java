package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What a repository needs of Cassandra: statements prepared once per CQL text on first use and
 * kept for the session's life, bound per call, executed on the service's one session.
 */
@ApplicationScoped
public class Cql {

  private final ConcurrentMap<String, PreparedStatement> prepared = new ConcurrentHashMap<>();
  private Cassandra cassandra;

  protected Cql() {}

  @Inject
  public Cql(Cassandra cassandra) {
    this.cassandra = cassandra;
  }

  /** The prepared form of this CQL text, bound to these values. */
  public BoundStatement bind(String cql, Object... values) {
    return prepared.computeIfAbsent(cql, text -> cassandra.session().prepare(text)).bind(values);
  }

  public ResultSet execute(String cql, Object... values) {
    return execute(bind(cql, values));
  }

  public ResultSet execute(Statement<?> statement) {
    return cassandra.session().execute(statement);
  }
}
