package dev.leaseport.adapters.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Responses always carry every field, null when empty, so clients see one stable shape. */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {
  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /** The same instance, for code that must produce the very bytes a response will carry. */
  public static Jsonb jsonb() {
    return JSONB;
  }
}
