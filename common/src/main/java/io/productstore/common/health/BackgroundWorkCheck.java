package io.productstore.common.health;

import io.productstore.common.background.Periodic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every background task (the recovery passes after a start) has completed one run. */
@Readiness
@ApplicationScoped
public class BackgroundWorkCheck implements HealthCheck {

  private Periodic periodic;

  protected BackgroundWorkCheck() {}

  @Inject
  public BackgroundWorkCheck(Periodic periodic) {
    this.periodic = periodic;
  }

  @Override
  public HealthCheckResponse call() {
    Set<String> waiting = periodic.notYetRun();
    return HealthCheckResponse.named("recovery")
        .status(waiting.isEmpty())
        .withData("waiting_for", waiting.isEmpty() ? "nothing" : String.join(", ", waiting))
        .build();
  }
}
