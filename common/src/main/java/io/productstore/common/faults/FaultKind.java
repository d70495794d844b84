package io.productstore.common.faults;

/** What a fault does, and where it attaches. */
public enum FaultKind {
  /** Adds {@code delay_ms} to every request of the routes whose template starts with the target. */
  ROUTE_LATENCY(true),
  /** Answers {@code ratio} of those requests with 500 problem+json. */
  ROUTE_ERRORS(true),
  /**
   * Adds {@code delay_ms} to every CQL statement whose operation ({@code verb_table}) contains the
   * target.
   */
  CASSANDRA_SLOW(true),
  /** Fails {@code ratio} of those statements, as a driver error would. */
  CASSANDRA_FAIL(true),
  /**
   * Makes every call to the target service ({@code product}, {@code cart}, {@code order}, {@code
   * user}) wait {@code delay_ms}.
   */
  DOWNSTREAM_SLOW(true),
  /** Makes every call to the target service fail as if it were down. */
  DOWNSTREAM_DOWN(true),
  /** Skips the runs of a background task ({@code order_lifecycle}, {@code checkout_recovery}). */
  TASK_PAUSED(true),
  /** Keeps {@code amount} threads busy computing. */
  CPU_BURN(false),
  /** Retains {@code amount} MB more heap every second (live data never past 87% of the maximum). */
  HEAP_LEAK(false);

  private final boolean targeted;

  FaultKind(boolean targeted) {
    this.targeted = targeted;
  }

  /** Whether the fault needs a target (a route, a table, a service, a task). */
  public boolean isTargeted() {
    return targeted;
  }
}
