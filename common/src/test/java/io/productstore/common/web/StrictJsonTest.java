package io.productstore.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.problem.UnreadableBody;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

  public record Item(
      String name, Integer quantity, Long views, BigDecimal price, List<String> tags) {}

  private static Item read(String json) {
    return new JsonConfig().getContext(Item.class).fromJson(json, Item.class);
  }

  private static String refusal(String json) {
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> read(json));
    assertThat(refused).isInstanceOf(JsonbException.class);
    for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnreadableBody) {
        return cause.getMessage();
      }
    }
    throw new AssertionError("no UnreadableBody in " + refused);
  }

  @Test
  void should_read_a_body_of_the_right_types_as_sent() {
    Item item =
        read("{\"name\":\"Чай 🍵\",\"quantity\":3,\"views\":1e3,\"price\":12.50,\"tags\":[\"a\"]}");

    assertThat(item).isEqualTo(new Item("Чай 🍵", 3, 1000L, new BigDecimal("12.50"), List.of("a")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"quantity\":1.5}", "{\"quantity\":\"2\"}", "{\"quantity\":true}"})
  void should_refuse_a_whole_number_that_is_not_one_instead_of_rounding_it(String json) {
    assertThat(refusal(json)).startsWith("expected a whole number");
  }

  @Test
  void should_refuse_numbers_out_of_range_without_expanding_them() {
    assertThat(refusal("{\"quantity\":3000000000}")).contains("out of range");
    assertThat(refusal("{\"views\":1e999999999}")).contains("out of range");
  }

  @Test
  void should_refuse_text_given_as_a_number_and_a_price_given_as_text() {
    assertThat(refusal("{\"name\":123}")).isEqualTo("expected text, found number");
    assertThat(refusal("{\"tags\":[1]}")).isEqualTo("expected text, found number");
    assertThat(refusal("{\"price\":\"10\"}")).isEqualTo("expected a number, found string");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\\u0000b", "bell\\u0007", "esc\\u001b[31m", "\\ud800", "x\\udc00"})
  void should_refuse_control_characters_and_halves_of_surrogate_pairs(String escaped) {
    assertThat(refusal("{\"name\":\"" + escaped + "\"}")).startsWith("text must");
  }

  @Test
  void should_keep_tabs_and_line_breaks() {
    assertThat(read("{\"name\":\"a\\tb\\nc\\r\\n\"}").name()).isEqualTo("a\tb\nc\r\n");
  }

  @Test
  void should_answer_the_cleanliness_of_text_for_readers_of_their_own() {
    assertThat(CleanText.problem("Привет, мир 🛒")).isEmpty();
    assertThat(CleanText.problem("a\u0000"))
        .hasValueSatisfying(p -> assertThat(p).contains("U+0000"));
    assertThatThrownBy(() -> CleanText.require("full_name", "\uD800"))
        .hasMessageContaining("full_name");
    assertThat(CleanText.require("phone", null)).isNull();
  }
}
