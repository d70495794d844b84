package io.productstore.common.client;

import io.productstore.common.domain.DependencyUnavailable;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Runs outside the Fault Tolerance interceptor (priority 4010), so it sees what the timeout and the
 * circuit breaker throw and says it in the domain's terms.
 */
@Outbound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class OutboundInterceptor {

  static final String UNAVAILABLE =
      "A service this request depends on is not available; try again shortly";

  @AroundInvoke
  Object translate(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (FaultToleranceException e) {
      throw new DependencyUnavailable(UNAVAILABLE);
    }
  }
}
