package dev.leaseport.adapters.rest.request;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The one reader of request bodies: any record a resource method takes is filled by {@link
 * JsonRecords}, never by JSON-B binding, so unknown fields and wrong types stay 400 and PATCH keeps
 * absent apart from null. The charset was checked by {@link BodyCharset}: JSON is UTF-8.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
public class StrictJsonReader implements MessageBodyReader<Record> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    String raw = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
    return JsonRecords.read(type.asSubclass(Record.class), raw);
  }
}
