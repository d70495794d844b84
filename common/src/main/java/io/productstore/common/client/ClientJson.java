package io.productstore.common.client;

import io.productstore.common.web.JsonConfig;
import jakarta.enterprise.inject.Vetoed;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * The JSON shape of {@link JsonConfig} (snake_case, nulls left out) for the Rest Clients, so the
 * typed records between services read and write what the other service's API spells. A plain class
 * (vetoed, no {@code @Provider}): the client builder instantiates it itself, and finds its type
 * argument, which it cannot on a container-managed instance.
 */
@Vetoed
public class ClientJson implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return JsonConfig.JSONB;
  }
}
