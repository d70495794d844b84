package io.productstore.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.productstore.common.problem.ProblemException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JSON-P body that is not the JSON the route expects is the client's 400, never a 500. */
class JsonStructureReaderTest {

  private final JsonStructureReader reader = new JsonStructureReader();

  @SuppressWarnings({"unchecked", "rawtypes"})
  private JsonStructure read(String body) throws IOException {
    return reader.readFrom(
        (Class) JsonObject.class,
        JsonObject.class,
        new java.lang.annotation.Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        null,
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void should_read_an_object_and_take_an_empty_body_for_none() throws IOException {
    assertThat(read("{\"price\": 2.5}"))
        .isEqualTo(jakarta.json.Json.createObjectBuilder().add("price", 2.5).build());
    assertThat(read("")).isNull();
  }

  @Test
  void should_refuse_with_400_a_body_nested_thousands_deep_broken_or_of_the_wrong_shape() {
    for (String body :
        new String[] {
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
          "{",
          "[1]",
          "\"x\"",
          "{\"a\":1}}"
        }) {
      assertThatThrownBy(() -> read(body))
          .as(body.length() > 40 ? body.substring(0, 40) : body)
          .isInstanceOfSatisfying(
              ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }
  }
}
