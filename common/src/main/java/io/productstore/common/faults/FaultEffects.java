package io.productstore.common.faults;

import io.productstore.common.metrics.HeapGauge;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * The faults that act by themselves rather than at a seam: burning CPU and leaking heap. They run
 * on the container's default managed executor and stop as soon as their fault is gone.
 */
@ApplicationScoped
public class FaultEffects {

  private static final Logger LOG = Logger.getLogger(FaultEffects.class.getName());
  private static final int MEGABYTE = 1 << 20;

  /**
   * The leak stops growing when the old generation reaches this share of the heap (garbage there
   * counts too, so the leak stays below it): pressure, never an OutOfMemoryError.
   */
  private static final double HEAP_CEILING = 0.87;

  /** The container's default managed executor. */
  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private Executor executor;

  public FaultEffects() {}

  /** With the tests' own executor. */
  FaultEffects(Executor executor) {
    this.executor = executor;
  }

  static int defaultAmount(FaultKind kind) {
    return kind == FaultKind.HEAP_LEAK ? 8 : 1;
  }

  void start(Fault fault, BooleanSupplier active) {
    switch (fault.kind()) {
      case CPU_BURN -> {
        for (int i = 0; i < fault.amount(); i++) {
          executor.execute(() -> burn(active));
        }
      }
      case HEAP_LEAK -> executor.execute(() -> leak(fault.amount(), active));
      default -> {
        // the other kinds act where the seams ask for them
      }
    }
  }

  private static void burn(BooleanSupplier active) {
    double sink = 0;
    while (active.getAsBoolean()) {
      for (int i = 0; i < 200_000; i++) {
        sink += Math.sqrt(i ^ (long) sink);
      }
    }
    LOG.fine("CPU burn ended at " + sink);
  }

  private static void leak(int megabytesPerSecond, BooleanSupplier active) {
    List<byte[]> retained = new ArrayList<>();
    long max = Runtime.getRuntime().maxMemory();
    try {
      while (active.getAsBoolean()) {
        if (HeapGauge.oldGenerationUsed() + (long) megabytesPerSecond * MEGABYTE
            < HEAP_CEILING * max) {
          retained.add(new byte[megabytesPerSecond * MEGABYTE]);
        }
        Thread.sleep(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      LOG.info("Heap leak released " + retained.size() * (long) megabytesPerSecond + " MB");
      retained.clear();
    }
  }
}
