package io.productstore.common.concurrent;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What the domains take from the platform instead of reaching for it: the clock (tests inject a
 * fixed one) and the container's managed executor for fan-out calls (tests inject their own).
 */
@ApplicationScoped
public class Platform {

  /** Bounded in server.xml; the caller's application context goes along with each task. */
  @Resource(lookup = "concurrent/fanOut")
  private ManagedExecutorService fanOut;

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @FanOut
  Executor fanOut() {
    return fanOut;
  }
}
