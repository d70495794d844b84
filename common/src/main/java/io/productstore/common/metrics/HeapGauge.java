package io.productstore.common.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The old generation's share of the maximum heap, {@code store_heap_old_gen_ratio{service}}: the
 * heap pressure signal (Elasticsearch's "JVM memory pressure" is the same). Used over max climbs
 * toward 100% between young collections whenever the young generation is large, and says nothing;
 * the old generation holds what survived, grows only by promotion at a collection and shrinks at
 * mixed and full ones, so it stays high only while the long-lived data itself is large.
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
            .withName("store_heap_old_gen_ratio")
            .withDescription("Share of the maximum heap the old generation holds")
            .build(),
        this,
        gauge -> (double) oldGenerationUsed() / Runtime.getRuntime().maxMemory(),
        new Tag("service", service));
  }

  /**
   * Bytes in the old generation now (G1 "G1 Old Gen", Parallel "PS Old Gen", Serial "Tenured Gen");
   * with a collector that has none, the whole heap.
   */
  public static long oldGenerationUsed() {
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    List<MemoryPoolMXBean> old =
        heap.stream().filter(pool -> isOldGeneration(pool.getName())).toList();
    return (old.isEmpty() ? heap : old).stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
  }

  static boolean isOldGeneration(String poolName) {
    return poolName.contains("Old Gen") || poolName.contains("Tenured");
  }
}
