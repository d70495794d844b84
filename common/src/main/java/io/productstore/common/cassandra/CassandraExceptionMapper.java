package io.productstore.common.cassandra;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.BootstrappingException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import io.productstore.common.problem.Problem;
import io.productstore.common.problem.UnexpectedExceptionMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Cassandra not answering in time or without enough replicas (a statement timed out, a node frozen
 * or down, a coordinator overloaded) is a 503 the client may retry, as every other dependency's
 * outage is, not a 500 incident; what the driver refuses for any other reason (a bad statement) is
 * the code's fault and stays one.
 */
@Provider
public class CassandraExceptionMapper implements ExceptionMapper<DriverException> {

  private static final Logger LOG = Logger.getLogger(CassandraExceptionMapper.class.getName());

  @Override
  public Response toResponse(DriverException exception) {
    if (!isUnavailability(exception)) {
      return new UnexpectedExceptionMapper().toResponse(exception);
    }
    LOG.warning("Cassandra did not answer in time: " + exception);
    return Problem.of(503, "The database did not answer in time; try again shortly").toResponse();
  }

  static boolean isUnavailability(DriverException exception) {
    return exception instanceof DriverTimeoutException
        || exception instanceof AllNodesFailedException
        || exception instanceof QueryConsistencyException
        || exception instanceof UnavailableException
        || exception instanceof OverloadedException
        || exception instanceof BootstrappingException;
  }
}
