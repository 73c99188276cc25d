package dev.leaseport.adapters.rest.openapi;

import dev.leaseport.adapters.rest.local.LocalOnlyRoutes;
import dev.leaseport.adapters.rest.problem.ProblemResponses;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares, for every operation, what resources would otherwise repeat: the bearer requirement
 * (except on public routes) and the problem+json answers it can give, derived from its shape: a
 * path id can be 404, a body 413/415/422, a write 409, a write with If-Match 412, any 429; and the
 * rate-limit headers on every answer; every authenticated POST takes an {@code Idempotency-Key}
 * (409 while its first request runs, 422 when reused for another request, the stored answer with
 * {@code Idempotent-Replayed} on a retry). Operations keep any answer they declare themselves.
 */
public class ApiDocumentConventions implements OASFilter {
  public static final String SECURITY_SCHEME = "bearer";
  static final String PROBLEM_SCHEMA = "Problem";

  /** Routes callable without a token; the only ones today are local mode's. */
  private static final Set<String> PUBLIC_TAGS = Set.of(LocalOnlyRoutes.DOCUMENT_TAG);

  /** Routes that ignore Idempotency-Key: Stripe's webhooks have their own exactly-once. */
  private static final Set<String> NOT_IDEMPOTENT_TAGS = Set.of("Webhooks");

  /** The 409 and 422 of an operation that takes an Idempotency-Key. */
  private static final Map<String, String> IDEMPOTENT_ANSWERS =
      Map.of(
          "409",
          "Clashes with the current state (duplicate, conflict), or a request with the same"
              + " Idempotency-Key is still running (idempotency-key-in-flight)",
          "422",
          "Fields break the rules; errors[] lists each (validation-failed), or the"
              + " Idempotency-Key was used for a different request (idempotency-key-reused)");

  private static final Map<String, String> ANSWERS =
      Map.ofEntries(
          Map.entry(
              "400",
              "Malformed body or invalid parameter (malformed-request," + " invalid-parameter)"),
          Map.entry("401", "No valid bearer token (unauthenticated)"),
          Map.entry("403", "The caller's user type may not do this (forbidden)"),
          Map.entry("404", "No such resource, or not the caller's (not-found)"),
          Map.entry("409", "Clashes with the current state (duplicate, conflict)"),
          Map.entry("412", "If-Match names an older version (precondition-failed)"),
          Map.entry("413", "The body is larger than 1 MiB (payload-too-large)"),
          Map.entry("415", "The body is not JSON in UTF-8 (unsupported-media-type)"),
          Map.entry("422", "Fields break the rules; errors[] lists each (validation-failed)"),
          Map.entry("429", "Too many requests; wait for Retry-After seconds (rate-limited)"),
          Map.entry("503", "The database is unavailable for now; retry (unavailable)"));

  @Override
  public void filterOpenAPI(OpenAPI document) {
    if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
      return;
    }
    document.getPaths().getPathItems().forEach(this::describe);
    if (document.getComponents() == null) {
      document.setComponents(OASFactory.createComponents());
    }
    document.getComponents().addSchema(PROBLEM_SCHEMA, problemSchema());
  }

  private void describe(String path, PathItem item) {
    item.getOperations().forEach((method, operation) -> describe(path, method, operation));
  }

  private void describe(String path, PathItem.HttpMethod method, Operation operation) {
    boolean isPublic =
        operation.getTags() != null && operation.getTags().stream().anyMatch(PUBLIC_TAGS::contains);
    boolean writes = method != PathItem.HttpMethod.GET;
    boolean idempotent =
        method == PathItem.HttpMethod.POST
            && !isPublic
            && (operation.getTags() == null
                || operation.getTags().stream().noneMatch(NOT_IDEMPOTENT_TAGS::contains));
    boolean honoursIfMatch =
        method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
    if (!isPublic && operation.getSecurity() == null) {
      operation.addSecurityRequirement(
          OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
    }
    Map<String, Boolean> applies = new TreeMap<>();
    applies.put("400", true);
    applies.put("401", !isPublic);
    applies.put("403", !isPublic);
    applies.put("404", path.contains("{"));
    applies.put("409", writes);
    applies.put("412", honoursIfMatch);
    applies.put("413", operation.getRequestBody() != null);
    applies.put("415", operation.getRequestBody() != null);
    applies.put("422", operation.getRequestBody() != null || idempotent);
    applies.put("429", true);
    applies.put("503", !isPublic);
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    applies.forEach(
        (status, applicable) -> {
          if (applicable && !responses.hasAPIResponse(status)) {
            responses.addAPIResponse(
                status,
                problem(
                    idempotent
                        ? IDEMPOTENT_ANSWERS.getOrDefault(status, ANSWERS.get(status))
                        : ANSWERS.get(status)));
          }
        });
    responses.getAPIResponses().forEach(ApiDocumentConventions::addRateLimitHeaders);
    if (idempotent) {
      IdempotencyKeyDocumentation.describe(operation);
    }
  }

  /** Every answer carries the rate-limit headers; a 429 also says when to retry. */
  private static void addRateLimitHeaders(
      String status, org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
    if (response.getRef() != null) {
      return;
    }
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    if (response.getHeaders() == null || !response.getHeaders().containsKey("RateLimit-Policy")) {
      response.addHeader(
          "RateLimit-Policy",
          OASFactory.createHeader()
              .description(
                  "The limit applied, e.g. \"caller\";q=600;w=60 (IETF"
                      + " draft-ietf-httpapi-ratelimit-headers)")
              .schema(text));
      response.addHeader(
          "RateLimit",
          OASFactory.createHeader()
              .description("What is left, e.g. \"caller\";r=599;t=1 (t: seconds until full)")
              .schema(text));
    }
    if (status.equals("429")
        && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
      response.addHeader(
          "Retry-After",
          OASFactory.createHeader()
              .description("Seconds to wait before the next request")
              .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
    }
  }

  private static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(
      String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    ProblemResponses.MEDIA_TYPE,
                    OASFactory.createMediaType()
                        .schema(
                            OASFactory.createSchema()
                                .ref("#/components/schemas/" + PROBLEM_SCHEMA))));
  }

  /** The one error shape, as {@link ProblemResponses} builds it (RFC 9457 plus code, requestId). */
  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text)
            .required(List.of("field", "message"));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details; code is stable, detail is for people")
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty("code", text)
        .addProperty("requestId", text)
        .addProperty(
            "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
        .required(List.of("type", "title", "status", "detail", "code", "requestId"));
  }
}
