package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.productstore.common.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The service's one {@link CqlSession}. It connects and migrates the schema in the background on
 * the container's managed executor, retrying until Cassandra answers, so a service can start before
 * its database and becomes ready (see the readiness check) when the database does.
 */
@ApplicationScoped
public class Cassandra {

  private static final Logger LOG = Logger.getLogger(Cassandra.class.getName());
  private static final long RETRY_SECONDS = 3;
  private static final SimpleStatement PING =
      SimpleStatement.newInstance("SELECT release_version FROM system.local")
          .setTimeout(Duration.ofSeconds(1))
          .setIdempotent(true);

  /** The store's bounded scheduler (base.xml), like every background task. */
  @Resource(lookup = "concurrent/storeScheduler")
  private ManagedScheduledExecutorService executor;

  private CassandraSettings settings;
  private Event<CassandraReady> ready;
  private volatile CqlSession session;
  private volatile int schemaVersion;
  private volatile String lastError = "connecting";
  private volatile boolean closed;

  protected Cassandra() {}

  @Inject
  public Cassandra(CassandraSettings settings, Event<CassandraReady> ready) {
    this.settings = settings;
    this.ready = ready;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    executor.submit(this::connect);
  }

  private void connect() {
    if (closed) {
      return;
    }
    try {
      CqlSession connected = sessionOnKeyspace();
      schemaVersion =
          new SchemaMigrator(connected, settings.schemaTimeout())
              .migrate(Migration.loadAll(Thread.currentThread().getContextClassLoader()));
      session = connected;
      LOG.info(
          () -> "Cassandra keyspace " + settings.keyspace() + " ready at schema V" + schemaVersion);
      ready.fire(new CassandraReady(connected));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(
          Level.WARNING,
          "Cassandra not usable yet, retrying in " + RETRY_SECONDS + " s: " + lastError);
      if (!closed) {
        executor.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * The session on the service's keyspace, created first when it is missing. A warm start builds
   * one session, not two: each build is the driver's start-up in this WAR's class loader.
   */
  private CqlSession sessionOnKeyspace() {
    try {
      return builder().withKeyspace(settings.keyspace()).build();
    } catch (InvalidKeyspaceException missing) {
      try (CqlSession bootstrap = builder().build()) {
        SchemaMigrator.createKeyspace(
            bootstrap, settings.keyspace(), settings.replication(), settings.schemaTimeout());
      }
      return builder().withKeyspace(settings.keyspace()).build();
    }
  }

  private CqlSessionBuilder builder() {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, settings.requestTimeout())
            .withDuration(
                DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, settings.requestTimeout())
            .withDuration(
                DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, settings.schemaTimeout())
            .withDuration(
                DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, settings.schemaTimeout())
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_QUORUM")
            .withString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY, "LOCAL_SERIAL")
            // An idempotent statement whose coordinator is slow or frozen is sent once more, to
            // the next node of its plan, and the first answer wins (the cassandra-node-frozen
            // drill); with one node there is no next one and nothing is sent twice.
            .withString(
                DefaultDriverOption.SPECULATIVE_EXECUTION_POLICY_CLASS,
                "ConstantSpeculativeExecutionPolicy")
            .withInt(DefaultDriverOption.SPECULATIVE_EXECUTION_MAX, 2)
            .withDuration(
                DefaultDriverOption.SPECULATIVE_EXECUTION_DELAY, settings.speculativeDelay())
            // A connection that has read nothing for 2 s is asked for a heartbeat, and closed
            // when none comes within the request timeout: a frozen node (SIGSTOP, a stalled VM)
            // keeps its sockets open, and the driver's default 30 s let it coordinate that long.
            .withDuration(DefaultDriverOption.HEARTBEAT_INTERVAL, Duration.ofSeconds(2))
            .withDuration(DefaultDriverOption.HEARTBEAT_TIMEOUT, settings.requestTimeout())
            .withStringList(DefaultDriverOption.METRICS_SESSION_ENABLED, DriverMetrics.SESSION)
            // Latency quantiles over the last 30 s, not the driver's default 5 minutes.
            .withDuration(
                DefaultDriverOption.METRICS_SESSION_CQL_REQUESTS_INTERVAL, Duration.ofSeconds(30))
            .withStringList(DefaultDriverOption.METRICS_NODE_ENABLED, DriverMetrics.NODE)
            // The schema metadata of this service's keyspace only (its token map included), not
            // of the other services': less to fetch and parse at start and on every change.
            .withStringList(
                DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES,
                List.of(settings.keyspace()))
            .build();
    CqlSessionBuilder builder =
        CqlSession.builder()
            .withClassLoader(Cassandra.class.getClassLoader())
            .withConfigLoader(config)
            .addContactPoints(settings.contactPoints())
            .withLocalDatacenter(settings.localDatacenter());
    if (settings.username().isPresent() && settings.password().isPresent()) {
      builder.withAuthCredentials(settings.username().get(), settings.password().get());
    }
    return builder;
  }

  /** The session, or a 503 problem while Cassandra is not (yet) usable. */
  public CqlSession session() {
    CqlSession current = session;
    if (current == null) {
      throw ProblemException.unavailable("The database is not available yet; try again shortly");
    }
    return current;
  }

  /** True when the session is up and a trivial query answers within a second. */
  public boolean isUsable() {
    CqlSession current = session;
    if (current == null) {
      return false;
    }
    try {
      return current.execute(PING).one() != null;
    } catch (RuntimeException e) {
      lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
      return false;
    }
  }

  public String keyspace() {
    return settings.keyspace();
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  /** Why the session was last found unusable. */
  public String lastError() {
    return lastError;
  }

  @PreDestroy
  void close() {
    closed = true;
    CqlSession current = session;
    if (current != null) {
      current.close();
    }
  }
}
