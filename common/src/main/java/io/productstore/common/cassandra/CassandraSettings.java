package io.productstore.common.cassandra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where and how a service reaches Cassandra; every value can be overridden by the environment. */
@ApplicationScoped
public class CassandraSettings {

  private String contactPoints;
  private String localDatacenter;
  private String keyspace;
  private String replication;
  private Duration requestTimeout;
  private Duration schemaTimeout;
  private Duration speculativeDelay;
  private Optional<String> username;
  private Optional<String> password;

  protected CassandraSettings() {}

  @Inject
  public CassandraSettings(
      @ConfigProperty(name = "cassandra.contact-points") String contactPoints,
      @ConfigProperty(name = "cassandra.local-datacenter") String localDatacenter,
      @ConfigProperty(name = "cassandra.keyspace") String keyspace,
      @ConfigProperty(name = "cassandra.replication") String replication,
      @ConfigProperty(name = "cassandra.request-timeout") Duration requestTimeout,
      @ConfigProperty(name = "cassandra.schema-timeout") Duration schemaTimeout,
      @ConfigProperty(name = "cassandra.speculative-delay") Duration speculativeDelay,
      @ConfigProperty(name = "cassandra.username") Optional<String> username,
      @ConfigProperty(name = "cassandra.password") Optional<String> password) {
    this.contactPoints = contactPoints;
    this.localDatacenter = localDatacenter;
    this.keyspace = Identifiers.requireSimple(keyspace);
    this.replication = replication;
    this.requestTimeout = requestTimeout;
    this.schemaTimeout = schemaTimeout;
    this.speculativeDelay = speculativeDelay;
    this.username = username;
    this.password = password;
  }

  /** Parses "host:port,host:port" (port 9042 when absent). */
  public List<InetSocketAddress> contactPoints() {
    return Arrays.stream(contactPoints.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(CassandraSettings::address)
        .toList();
  }

  private static InetSocketAddress address(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    if (colon < 0) {
      return new InetSocketAddress(hostAndPort, 9042);
    }
    return new InetSocketAddress(
        hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)));
  }

  public String localDatacenter() {
    return localDatacenter;
  }

  public String keyspace() {
    return keyspace;
  }

  /** The CQL replication map, e.g. {@code {'class': 'SimpleStrategy', 'replication_factor': 1}}. */
  public String replication() {
    return replication;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  public Duration schemaTimeout() {
    return schemaTimeout;
  }

  /**
   * How long an idempotent statement waits for its coordinator before the driver also sends it to
   * the next one (once); well above a healthy statement's p99, well below the request timeout.
   */
  public Duration speculativeDelay() {
    return speculativeDelay;
  }

  public Optional<String> username() {
    return username;
  }

  public Optional<String> password() {
    return password;
  }
}
