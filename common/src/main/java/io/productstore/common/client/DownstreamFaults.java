package io.productstore.common.client;

import io.productstore.common.faults.Fault;
import io.productstore.common.faults.FaultKind;
import io.productstore.common.faults.Faults;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * The seam of downstream faults, on every Rest Client (inside the gateway's timeout and circuit
 * breaker, where a real slow or dead service would be felt): a slow one waits, a dead one fails the
 * way a refused connection does.
 */
public class DownstreamFaults implements ClientRequestFilter {

  private volatile Faults faults;

  @Override
  public void filter(ClientRequestContext request) {
    if (faults == null) {
      faults = CDI.current().select(Faults.class).get();
    }
    String target = ClientMetrics.target(request.getUri().getPath());
    if (faults.find(FaultKind.DOWNSTREAM_DOWN, target).isPresent()) {
      throw new ProcessingException("Connection refused (injected fault: " + target + " is down)");
    }
    faults.find(FaultKind.DOWNSTREAM_SLOW, target).ifPresent(Fault::delay);
  }
}
