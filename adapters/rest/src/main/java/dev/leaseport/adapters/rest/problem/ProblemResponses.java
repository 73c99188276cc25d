package dev.leaseport.adapters.rest.problem;

import dev.leaseport.adapters.rest.request.RequestIdentity;
import dev.leaseport.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Builds every error response Leaseport sends, so all of them share one shape: {@code type, title,
 * status, detail, instance, code, requestId} and {@code errors} for validation.
 */
@ApplicationScoped
public class ProblemResponses {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://leaseport.dev/problems/";
  private static final Map<Integer, String> TITLES =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(402, "Payment Required"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(409, "Conflict"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Content Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(503, "Service Unavailable"));

  @Inject RequestIdentity request;

  public Response build(int status, String code, String detail) {
    return build(status, code, detail, List.of());
  }

  public Response build(int status, String code, String detail, List<FieldError> errors) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", TYPE_BASE + code)
            .add("title", TITLES.getOrDefault(status, "Error"))
            .add("status", status)
            .add("detail", detail == null ? TITLES.getOrDefault(status, "Error") : detail)
            .add("instance", request.path())
            .add("code", code)
            .add("requestId", request.id());
    if (!errors.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      errors.forEach(
          e ->
              list.add(
                  Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      body.add("errors", list);
    }
    Response.ResponseBuilder response =
        Response.status(status).type(MEDIA_TYPE).entity(body.build().toString());
    if (status == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"leaseport\"");
    }
    return response.build();
  }
}
