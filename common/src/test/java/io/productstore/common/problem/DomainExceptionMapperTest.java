package io.productstore.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A domain's refusal becomes the status and body API.md promises. */
class DomainExceptionMapperTest {

  @Test
  void should_give_every_reason_its_status() {
    assertThat(List.of(Reason.values()).stream().map(DomainExceptionMapper::status))
        .containsExactly(400, 401, 403, 404, 409, 422, 429, 503);
  }

  @Test
  void should_carry_the_detail_and_the_violations_as_errors() {
    Problem problem =
        Problem.of(DomainException.invalid("Invalid paging parameters", "limit", "too big"));

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.title()).isEqualTo("Unprocessable Content");
    assertThat(problem.detail()).isEqualTo("Invalid paging parameters");
    assertThat(problem.errors()).containsExactly(new Problem.FieldError("limit", "too big"));
    assertThat(Problem.of(DomainException.notFound("Order not found")).errors()).isNull();
  }
}
