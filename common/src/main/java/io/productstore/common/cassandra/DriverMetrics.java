package io.productstore.common.cassandra;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Timer;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metrics.DefaultNodeMetric;
import com.datastax.oss.driver.api.core.metrics.DefaultSessionMetric;
import com.datastax.oss.driver.api.core.metrics.Metrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The Cassandra driver's own metrics (it keeps them in Dropwizard Metrics) read into this service's
 * MicroProfile registry as gauges, labelled by keyspace: requests, latency quantiles, client
 * timeouts, errors by kind summed over the nodes, in-flight requests, connected nodes.
 */
@ApplicationScoped
public class DriverMetrics {

  /** The session metrics the driver must keep (see Cassandra's driver configuration). */
  static final List<String> SESSION =
      List.of("cql-requests", "cql-client-timeouts", "connected-nodes");

  /** The node metrics the driver must keep. */
  static final List<String> NODE =
      List.of(
          "pool.in-flight",
          "errors.request.write-timeouts",
          "errors.request.read-timeouts",
          "errors.request.unavailables",
          "errors.request.others",
          "errors.request.aborted",
          "errors.request.unsent");

  private static final Map<String, DefaultNodeMetric> ERRORS =
      Map.of(
          "write_timeout",
          DefaultNodeMetric.WRITE_TIMEOUTS,
          "read_timeout",
          DefaultNodeMetric.READ_TIMEOUTS,
          "unavailable",
          DefaultNodeMetric.UNAVAILABLES,
          "other",
          DefaultNodeMetric.OTHER_ERRORS,
          "aborted",
          DefaultNodeMetric.ABORTED_REQUESTS,
          "unsent",
          DefaultNodeMetric.UNSENT_REQUESTS);

  private MetricRegistry registry;

  protected DriverMetrics() {}

  @Inject
  public DriverMetrics(MetricRegistry registry) {
    this.registry = registry;
  }

  void bind(@Observes CassandraReady ready) {
    CqlSession session = ready.session();
    Optional<Metrics> driver = session.getMetrics();
    if (driver.isEmpty()) {
      return;
    }
    Metrics metrics = driver.get();
    Tag keyspace = new Tag("keyspace", session.getKeyspace().map(Object::toString).orElse(""));
    registry.gauge(
        "cassandra_driver_requests",
        () ->
            this.<Timer>session(metrics, DefaultSessionMetric.CQL_REQUESTS)
                .map(Timer::getCount)
                .orElse(0L),
        keyspace);
    for (double quantile : new double[] {0.5, 0.99}) {
      registry.gauge(
          "cassandra_driver_request_latency_seconds",
          () ->
              this.<Timer>session(metrics, DefaultSessionMetric.CQL_REQUESTS)
                  .map(timer -> timer.getSnapshot().getValue(quantile) / 1e9)
                  .orElse(0.0),
          keyspace,
          new Tag("quantile", Double.toString(quantile)));
    }
    registry.gauge(
        "cassandra_driver_client_timeouts",
        () ->
            this.<Counter>session(metrics, DefaultSessionMetric.CQL_CLIENT_TIMEOUTS)
                .map(Counter::getCount)
                .orElse(0L),
        keyspace);
    registry.gauge(
        "cassandra_driver_connected_nodes",
        () ->
            this.<Gauge<Integer>>session(metrics, DefaultSessionMetric.CONNECTED_NODES)
                .map(Gauge::getValue)
                .orElse(0),
        keyspace);
    registry.gauge(
        "cassandra_driver_in_flight",
        () -> sumOverNodes(session, metrics, DefaultNodeMetric.IN_FLIGHT),
        keyspace);
    ERRORS.forEach(
        (type, metric) ->
            registry.gauge(
                "cassandra_driver_errors",
                () -> sumOverNodes(session, metrics, metric),
                keyspace,
                new Tag("type", type)));
  }

  private <T extends com.codahale.metrics.Metric> Optional<T> session(
      Metrics metrics, DefaultSessionMetric metric) {
    return metrics.getSessionMetric(metric);
  }

  private static long sumOverNodes(CqlSession session, Metrics metrics, DefaultNodeMetric metric) {
    long sum = 0;
    for (Node node : session.getMetadata().getNodes().values()) {
      Optional<com.codahale.metrics.Metric> value = metrics.getNodeMetric(node, metric);
      if (value.isPresent() && value.get() instanceof Counter counter) {
        sum += counter.getCount();
      } else if (value.isPresent()
          && value.get() instanceof Gauge<?> gauge
          && gauge.getValue() instanceof Number n) {
        sum += n.longValue();
      }
    }
    return sum;
  }
}
