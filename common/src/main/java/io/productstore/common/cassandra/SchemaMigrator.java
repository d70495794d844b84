package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Applies the versioned CQL files of one keyspace, once each, in order, never dropping anything.
 * Instances that start together take turns through a lease row written with a lightweight
 * transaction; a crashed holder's lease expires through its TTL.
 */
public class SchemaMigrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
  private static final int LEASE_SECONDS = 120;

  private final CqlSession session;
  private final Duration ddlTimeout;
  private final String owner = UUID.randomUUID().toString();

  /** The session must already use the service's keyspace. */
  public SchemaMigrator(CqlSession session, Duration ddlTimeout) {
    this.session = session;
    this.ddlTimeout = ddlTimeout;
  }

  /** Creates the keyspace if it is missing, with the configured replication. */
  public static void createKeyspace(
      CqlSession session, String keyspace, String replication, Duration timeout) {
    session.execute(
        SimpleStatement.newInstance(
                "CREATE KEYSPACE IF NOT EXISTS "
                    + Identifiers.requireSimple(keyspace)
                    + " WITH replication = "
                    + replication)
            .setTimeout(timeout));
    session.checkSchemaAgreement();
  }

  /** Applies what is missing and returns the schema version reached. */
  public int migrate(List<Migration> migrations) throws InterruptedException {
    ddl(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, description text,"
            + " checksum text, applied_at timestamp, applied_by text)");
    ddl("CREATE TABLE IF NOT EXISTS schema_lock (name text PRIMARY KEY, owner text)");
    acquireLease();
    try {
      Map<Integer, String> applied = appliedChecksums();
      int reached = 0;
      for (Migration migration : migrations) {
        String checksum = applied.get(migration.version());
        if (checksum == null) {
          apply(migration);
        } else if (!checksum.equals(migration.checksum())) {
          throw new IllegalStateException(
              "Migration V"
                  + migration.version()
                  + " was changed after it was applied; add a new version instead");
        }
        reached = migration.version();
      }
      return reached;
    } finally {
      releaseLease();
    }
  }

  private void apply(Migration migration) {
    LOG.info(
        () -> "Applying schema migration V" + migration.version() + ": " + migration.description());
    migration.statements().forEach(this::ddl);
    session.execute(
        SimpleStatement.newInstance(
                "INSERT INTO schema_migrations (version, description, checksum, applied_at, applied_by)"
                    + " VALUES (?, ?, ?, ?, ?)",
                migration.version(),
                migration.description(),
                migration.checksum(),
                Instant.now(),
                owner)
            .setConsistencyLevel(ConsistencyLevel.QUORUM));
  }

  private void ddl(String cql) {
    session.execute(SimpleStatement.newInstance(cql).setTimeout(ddlTimeout));
    session.checkSchemaAgreement();
  }

  private Map<Integer, String> appliedChecksums() {
    Map<Integer, String> applied = new HashMap<>();
    for (Row row :
        session.execute(
            SimpleStatement.newInstance("SELECT version, checksum FROM schema_migrations")
                .setConsistencyLevel(ConsistencyLevel.QUORUM))) {
      applied.put(row.getInt("version"), row.getString("checksum"));
    }
    return applied;
  }

  private void acquireLease() throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(LEASE_SECONDS * 2L);
    while (!session
        .execute(
            SimpleStatement.newInstance(
                "INSERT INTO schema_lock (name, owner) VALUES ('migrations', ?) IF NOT EXISTS USING TTL "
                    + LEASE_SECONDS,
                owner))
        .wasApplied()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("Another instance holds the schema migration lease");
      }
      Thread.sleep(500);
    }
  }

  private void releaseLease() {
    session.execute(
        SimpleStatement.newInstance(
            "DELETE FROM schema_lock WHERE name = 'migrations' IF owner = ?", owner));
  }
}
