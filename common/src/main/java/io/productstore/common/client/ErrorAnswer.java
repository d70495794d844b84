package io.productstore.common.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Another service's 4xx/5xx answer with its body read while the response is still open (the Rest
 * Client closes it before the caller could read it). Every Rest Client interface registers {@link
 * Mapper}; {@link Downstream} turns these into our own answers.
 */
public final class ErrorAnswer extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient JsonObject body;

  ErrorAnswer(int status, JsonObject body) {
    super("HTTP " + status, null, false, false);
    this.status = status;
    this.body = body;
  }

  public int status() {
    return status;
  }

  /** The problem+json body, or an empty object when there was none. */
  public JsonObject body() {
    return body;
  }

  /** Whether the body is a service's problem (with its status), not a container's bare answer. */
  public boolean isProblem() {
    return body.get("status") instanceof jakarta.json.JsonNumber;
  }

  /** Registered on each Rest Client interface with {@code @RegisterProvider}. */
  public static final class Mapper implements ResponseExceptionMapper<ErrorAnswer> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
      return status >= 400;
    }

    @Override
    public ErrorAnswer toThrowable(Response response) {
      return new ErrorAnswer(response.getStatus(), parse(response));
    }

    private static JsonObject parse(Response response) {
      try (JsonReader reader =
          Json.createReader(new StringReader(response.readEntity(String.class)))) {
        return reader.readObject();
      } catch (JsonParsingException
          | IllegalStateException
          | jakarta.ws.rs.ProcessingException notJson) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
    }
  }
}
