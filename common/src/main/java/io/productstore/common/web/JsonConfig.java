package io.productstore.common.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON shape for every service and client: snake_case names as the API contract spells them
 * ({@code productId} is {@code product_id}), nulls left out. Request bodies are read strictly
 * ({@link StrictJson}); answers of other services, read by the Rest Clients, tolerantly.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

  /**
   * The one configured instance; {@link io.productstore.common.client.ClientJson} hands it to Rest
   * Clients.
   */
  public static final Jsonb JSONB = JsonbBuilder.create(shape());

  /** What the server reads request bodies and writes answers with. */
  private static final Jsonb STRICT =
      JsonbBuilder.create(shape().withDeserializers(StrictJson.deserializers()));

  private static JsonbConfig shape() {
    return new JsonbConfig()
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
        .withNullValues(false);
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return STRICT;
  }
}
