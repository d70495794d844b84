package io.productstore.common.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The heap's live data as a share of its maximum, {@code store_heap_after_gc_ratio{service}}: what
 * the heap pools held right after their last collection. Used over max climbs toward 100% between
 * young collections whenever the live set is large (a big catalog's listing snapshot) and
 * allocation slow, and says nothing; this stays put until the live data itself grows, which is what
 * the JvmHeapPressure alert is about.
 */
@ApplicationScoped
public class HeapGauge {

  private MetricRegistry registry;
  private String service;

  protected HeapGauge() {}

  @Inject
  public HeapGauge(
      MetricRegistry registry, @ConfigProperty(name = "store.service.name") String service) {
    this.registry = registry;
    this.service = service;
  }

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    registry.gauge(
        Metadata.builder()
            .withName("store_heap_after_gc_ratio")
            .withDescription("Share of the maximum heap still in use after the last collection")
            .build(),
        this,
        gauge -> (double) liveAfterGc() / Runtime.getRuntime().maxMemory(),
        new Tag("service", service));
  }

  /** Bytes the heap held after the last collection: live data, not garbage waiting for a GC. */
  public static long liveAfterGc() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
        .sum();
  }
}
