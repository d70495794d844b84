package io.productstore.common.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Readiness as a number Prometheus can alert on: {@code store_ready{service}} is 1 while every
 * readiness check of the service is UP (its keyspace, its recovery passes, its downstreams) and 0
 * otherwise, from the same checks as {@code /health/ready}. A scrape never waits for them: a frozen
 * Cassandra makes each keyspace's ping take its full timeout, and a scrape that waits for those
 * would time out and read as the whole server down. So a scrape answers the last result and starts
 * the next check in the background (one at a time); the value is at most one scrape old.
 */
@ApplicationScoped
public class ReadinessGauge {

  private MetricRegistry registry;
  private Instance<HealthCheck> readiness;
  private String service;

  @Resource private ManagedExecutorService executor;

  private final AtomicBoolean checking = new AtomicBoolean();

  /** NaN until the first check has answered: no value, rather than a guess. */
  private volatile double last = Double.NaN;

  protected ReadinessGauge() {}

  @Inject
  public ReadinessGauge(
      MetricRegistry registry,
      @Readiness Instance<HealthCheck> readiness,
      @ConfigProperty(name = "store.service.name") String service) {
    this.registry = registry;
    this.readiness = readiness;
    this.service = service;
  }

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge(
        Metadata.builder()
            .withName("store_ready")
            .withDescription("1 while every readiness check of the service is UP, else 0")
            .build(),
        this,
        ReadinessGauge::value,
        new Tag("service", service));
  }

  double value() {
    if (checking.compareAndSet(false, true)) {
      try {
        executor.execute(this::refresh);
      } catch (RuntimeException rejected) {
        checking.set(false);
      }
    }
    return last;
  }

  private void refresh() {
    try {
      last = check();
    } finally {
      checking.set(false);
    }
  }

  double check() {
    for (HealthCheck check : readiness) {
      if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
        return 0;
      }
    }
    return 1;
  }
}
