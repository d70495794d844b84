package io.productstore.common.web;

import io.productstore.common.problem.ProblemException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a JSON-P body ({@code JsonObject} parameters, the product patch) so that every body that is
 * not the JSON the route expects is a 400: the runtime's own reader answered 500 to a body nested
 * past Parsson's depth limit, which it reports as a bare {@link RuntimeException}. An empty body is
 * no body ({@code null}), which the route's {@code @NotNull} refuses with 422.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonStructureReader implements MessageBodyReader<JsonStructure> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonStructure.class.isAssignableFrom(type);
  }

  @Override
  public JsonStructure readFrom(
      Class<JsonStructure> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    InputStream in = new BufferedInputStream(body);
    in.mark(1);
    if (in.read() < 0) {
      return null;
    }
    in.reset();
    JsonValue read;
    try (JsonParser parser = Json.createParser(in)) {
      parser.next();
      read = parser.getValue();
      if (parser.hasNext()) {
        throw ProblemException.badRequest("The request body has more after its JSON value");
      }
    } catch (RuntimeException notJson) { // JsonException, or Parsson's "nested too deep"
      if (notJson instanceof ProblemException problem) {
        throw problem;
      }
      throw ProblemException.badRequest("The request body is not valid JSON");
    }
    if (!type.isInstance(read)) {
      throw ProblemException.badRequest(
          "The request body must be a JSON "
              + (JsonObject.class.isAssignableFrom(type) ? "object" : "array"));
    }
    return (JsonStructure) read;
  }
}
