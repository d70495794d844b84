package io.productstore.common.cassandra;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import org.junit.jupiter.api.Test;

/** Which driver failures answer 503 (try again) and which stay a 500 incident (a bug). */
class CassandraExceptionMapperTest {

  @Test
  void should_count_a_database_that_did_not_answer_in_time_as_unavailable() {
    assertThat(
            CassandraExceptionMapper.isUnavailability(
                new DriverTimeoutException("Query timed out after PT2S")))
        .isTrue();
    assertThat(CassandraExceptionMapper.isUnavailability(new NoNodeAvailableException())).isTrue();
    assertThat(
            CassandraExceptionMapper.isUnavailability(
                new WriteTimeoutException(
                    null, ConsistencyLevel.LOCAL_SERIAL, 1, 2, WriteType.CAS)))
        .isTrue();
  }

  @Test
  void should_keep_a_statement_the_database_refuses_a_bug() {
    assertThat(
            CassandraExceptionMapper.isUnavailability(
                new InvalidQueryException(null, "Undefined column name x")))
        .isFalse();
  }
}
