package io.productstore.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.problem.ProblemException;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The small rules behind metric labels and request headers. */
class LabelsTest {

  @Path("/cart/")
  static class Resource {
    @Path("items/{itemId}")
    void item() {}
  }

  @Test
  void should_join_class_and_method_paths_into_one_route_template() throws Exception {
    String route =
        RequestMetrics.template(Resource.class.getAnnotation(Path.class))
            + RequestMetrics.template(
                Resource.class.getDeclaredMethod("item").getAnnotation(Path.class));
    assertThat(route).isEqualTo("/cart/items/{itemId}");
    assertThat(RequestMetrics.template(null)).isEmpty();
  }

  @Test
  void should_accept_a_missing_or_reasonable_idempotency_key_and_refuse_a_blank_or_huge_one() {
    assertThat(IdempotencyKey.of(null)).isEmpty();
    assertThat(IdempotencyKey.of("retry-1")).contains("retry-1");
    assertThatThrownBy(() -> IdempotencyKey.of(" ")).isInstanceOf(ProblemException.class);
    assertThatThrownBy(() -> IdempotencyKey.of("k".repeat(201)))
        .isInstanceOf(ProblemException.class);
  }
}
