package io.productstore.common.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.domain.DependencyUnavailable;
import io.productstore.common.domain.DomainException;
import io.productstore.common.domain.DomainException.Reason;
import io.productstore.common.domain.Refused;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** How another service's answers reach the domain. */
class DownstreamTest {

  private static Supplier<String> answering(int status, JsonObject body) {
    return () -> {
      throw new ErrorAnswer(status, body);
    };
  }

  private static final JsonObject SHORT_STOCK =
      Json.createObjectBuilder()
          .add("status", 409)
          .add("detail", "Not enough items in stock")
          .add(
              "errors",
              Json.createArrayBuilder()
                  .add(
                      Json.createObjectBuilder()
                          .add("field", "p1")
                          .add("message", "requested 3, available 1")))
          .build();

  @Test
  void should_relay_a_services_refusal_with_its_detail_and_errors() {
    assertThatThrownBy(() -> Downstream.relay("order service", answering(409, SHORT_STOCK)))
        .isInstanceOfSatisfying(
            Refused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
              assertThat(e.detail()).isEqualTo("Not enough items in stock");
              assertThat(e.violations())
                  .containsExactly(new DomainException.Violation("p1", "requested 3, available 1"));
              assertThat(e.isFinal()).isTrue();
            });
  }

  @Test
  void should_tell_a_refused_token_from_a_final_refusal() {
    assertThatThrownBy(
            () -> Downstream.relay("cart service", answering(401, JsonObject.EMPTY_JSON_OBJECT)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.isFinal()).isFalse());
    assertThatThrownBy(
            () -> Downstream.call("cart service", answering(403, JsonObject.EMPTY_JSON_OBJECT)))
        .isInstanceOfSatisfying(
            Refused.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.FORBIDDEN);
              assertThat(e.detail()).isEqualTo("The cart service refused the caller's token");
            });
  }

  @Test
  void should_answer_unavailable_for_a_5xx_an_unexpected_4xx_or_no_answer() {
    assertThatThrownBy(
            () -> Downstream.relay("order service", answering(500, JsonObject.EMPTY_JSON_OBJECT)))
        .isInstanceOf(DependencyUnavailable.class)
        .hasMessageContaining("HTTP 500");
    assertThatThrownBy(() -> Downstream.call("order service", answering(409, SHORT_STOCK)))
        .isInstanceOf(DependencyUnavailable.class);
    assertThatThrownBy(
            () ->
                Downstream.call(
                    "order service",
                    () -> {
                      throw new ProcessingException("connection refused");
                    }))
        .isInstanceOf(DependencyUnavailable.class)
        .hasMessage("The order service is not reachable");
  }

  private static final JsonObject UNKNOWN_PRODUCT =
      Json.createObjectBuilder().add("status", 404).add("detail", "Product not found").build();

  @Test
  void should_find_nothing_on_the_services_404() {
    assertThat(Downstream.find("product service", answering(404, UNKNOWN_PRODUCT))).isEmpty();
    assertThat(Downstream.find("product service", () -> "milk")).contains("milk");
  }

  @Test
  void should_take_a_bare_404_for_a_service_not_there_yet_never_for_a_refusal() {
    // What Liberty answers for an application still starting: no problem body.
    assertThatThrownBy(
            () -> Downstream.relay("order service", answering(404, JsonObject.EMPTY_JSON_OBJECT)))
        .isInstanceOf(DependencyUnavailable.class);
    assertThatThrownBy(
            () -> Downstream.find("product service", answering(404, JsonObject.EMPTY_JSON_OBJECT)))
        .isInstanceOf(DependencyUnavailable.class);
    assertThatThrownBy(() -> Downstream.relay("order service", answering(404, UNKNOWN_PRODUCT)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.isFinal()).isTrue());
  }
}
