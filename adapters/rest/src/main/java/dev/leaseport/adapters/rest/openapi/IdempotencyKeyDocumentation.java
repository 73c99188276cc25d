package dev.leaseport.adapters.rest.openapi;

import dev.leaseport.adapters.rest.idempotency.IdempotencyKeyHeader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** The {@code Idempotency-Key} parameter and the replay header, on an operation that takes them. */
final class IdempotencyKeyDocumentation {
  private IdempotencyKeyDocumentation() {}

  static void describe(Operation operation) {
    boolean declared =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> IdempotencyKeyHeader.NAME.equalsIgnoreCase(p.getName()));
    if (!declared) {
      operation.addParameter(
          OASFactory.createParameter()
              .name(IdempotencyKeyHeader.NAME)
              .in(Parameter.In.HEADER)
              .required(false)
              .description(
                  "Makes a retry safe: the first request with a key runs; a retry with the same"
                      + " key and request gets the stored answer again (marked "
                      + IdempotencyKeyHeader.REPLAYED
                      + ": true) and changes nothing. Keys are the caller's own and kept 24 hours;"
                      + " errors are not stored, so a corrected retry runs.")
              .schema(
                  OASFactory.createSchema()
                      .type(Schema.SchemaType.STRING)
                      .minLength(1)
                      .maxLength(255)
                      .pattern("^[!-~]{1,255}$")));
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2") && response.getRef() == null) {
                response.addHeader(
                    IdempotencyKeyHeader.REPLAYED,
                    OASFactory.createHeader()
                        .description("true when this is the stored answer to an earlier request")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN)));
              }
            });
  }
}
