package io.productstore.common.faults;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The faults injected into this service, each until its TTL runs out (then it is gone by itself, no
 * call needed) or until cleared. Every change is logged, and {@code store_faults_active{service,
 * kind}} shows on a dashboard when a fault was on. The seams ask {@link #find}: request filters,
 * {@code Cql}, the Rest Client filter, {@code Periodic}.
 */
@ApplicationScoped
public class Faults {

  private static final Logger LOG = Logger.getLogger(Faults.class.getName());
  private static final long DEFAULT_DELAY_MS = 1000;

  private final Map<UUID, Fault> faults = new ConcurrentHashMap<>();
  private Clock clock;
  private MetricRegistry registry;
  private FaultEffects effects;
  private String service;
  private boolean enabled;

  protected Faults() {}

  @Inject
  public Faults(
      Clock clock,
      MetricRegistry registry,
      FaultEffects effects,
      @ConfigProperty(name = "store.service.name") String service,
      @ConfigProperty(name = "store.faults.enabled", defaultValue = "false") boolean enabled) {
    this.clock = clock;
    this.registry = registry;
    this.effects = effects;
    this.service = service;
    this.enabled = enabled;
  }

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (FaultKind kind : FaultKind.values()) {
      registry.gauge(
          Metadata.builder()
              .withName("store_faults_active")
              .withDescription("Injected faults active now, by kind")
              .build(),
          this,
          faults -> faults.count(kind),
          new Tag("service", service),
          new Tag("kind", kind.name().toLowerCase(Locale.ROOT)));
    }
  }

  /** Whether the fault API is on (store.faults.enabled; by default only in demo mode). */
  public boolean isEnabled() {
    return enabled;
  }

  public Fault add(FaultRequest request, String by) {
    FaultKind kind = request.validKind();
    Instant now = clock.instant();
    Fault fault =
        new Fault(
            UUID.randomUUID(),
            kind,
            kind.isTargeted() ? request.target().trim() : "*",
            request.delayMs() == null ? DEFAULT_DELAY_MS : request.delayMs(),
            request.ratio() == null ? 1.0 : request.ratio(),
            request.amount() == null ? FaultEffects.defaultAmount(kind) : request.amount(),
            now,
            now.plus(request.ttl()));
    faults.put(fault.id(), fault);
    LOG.warning(() -> "Fault injected by " + by + ": " + fault);
    effects.start(fault, () -> faults.containsKey(fault.id()) && isLive(fault));
    return fault;
  }

  /** The active faults, oldest first. */
  public List<Fault> active() {
    sweep();
    return faults.values().stream().sorted(Comparator.comparing(Fault::startedAt)).toList();
  }

  public boolean clear(UUID id, String by) {
    Fault removed = faults.remove(id);
    if (removed != null) {
      LOG.warning(() -> "Fault cleared by " + by + ": " + removed);
    }
    return removed != null;
  }

  public int clearAll(String by) {
    List<Fault> all = List.copyOf(faults.values());
    all.forEach(fault -> clear(fault.id(), by));
    return all.size();
  }

  /**
   * The active fault of this kind that applies to {@code name}, if any (cheap when there is none).
   */
  public Optional<Fault> find(FaultKind kind, String name) {
    if (faults.isEmpty()) {
      return Optional.empty();
    }
    sweep();
    return faults.values().stream().filter(fault -> fault.appliesTo(kind, name)).findFirst();
  }

  double count(FaultKind kind) {
    sweep();
    return faults.values().stream().filter(fault -> fault.kind() == kind).count();
  }

  private boolean isLive(Fault fault) {
    return fault.isActiveAt(clock.instant());
  }

  private void sweep() {
    faults.values().stream()
        .filter(fault -> !isLive(fault))
        .toList()
        .forEach(
            expired -> {
              if (faults.remove(expired.id()) != null) {
                LOG.warning(() -> "Fault expired after its TTL: " + expired);
              }
            });
  }
}
