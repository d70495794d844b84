package io.productstore.common.background;

import io.productstore.common.faults.FaultKind;
import io.productstore.common.faults.Faults;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Runs a task again and again, a fixed delay after each run ends, on the container's managed
 * scheduled executor. A failing run is logged and the next one still comes: recovery passes and the
 * order lifecycle must survive a Cassandra hiccup. Every run is timed as {@code
 * store_background_run_seconds{task, outcome=ok|failed}} (task: a fixed name of the code).
 */
@ApplicationScoped
public class Periodic {

  private static final Logger LOG = Logger.getLogger(Periodic.class.getName());

  /** Bounded in server.xml (base.xml: at most four runs at once across the server). */
  @Resource(lookup = "concurrent/storeScheduler")
  private ManagedScheduledExecutorService executor;

  private final List<ScheduledFuture<?>> running = new ArrayList<>();
  private final Set<String> notYetRun = ConcurrentHashMap.newKeySet();
  private MetricRegistry metrics;
  private Faults faults;

  protected Periodic() {}

  @Inject
  public Periodic(MetricRegistry metrics, Faults faults) {
    this.metrics = metrics;
    this.faults = faults;
  }

  /** Starts {@code task} now and then every {@code delay} after each run. */
  public synchronized void every(Duration delay, String name, Runnable task) {
    notYetRun.add(name);
    running.add(
        executor.scheduleWithFixedDelay(
            () -> {
              if (faults.find(FaultKind.TASK_PAUSED, name).isPresent()) {
                return; // paused by an injected fault: no run, so no run is counted either
              }
              long started = System.nanoTime();
              String outcome = "failed";
              try {
                task.run();
                notYetRun.remove(name);
                outcome = "ok";
              } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " failed; trying again in " + delay + ": " + e);
              } finally {
                metrics
                    .timer(
                        "store_background_run_seconds",
                        new Tag("task", name),
                        new Tag("outcome", outcome))
                    .update(Duration.ofNanos(System.nanoTime() - started));
              }
            },
            0,
            delay.toMillis(),
            TimeUnit.MILLISECONDS));
  }

  /**
   * The tasks that have not completed a run yet: right after a start these are the recovery passes,
   * and the service is not ready until they have run once.
   */
  public Set<String> notYetRun() {
    return Set.copyOf(notYetRun);
  }

  @PreDestroy
  synchronized void stop() {
    running.forEach(future -> future.cancel(false));
  }
}
