package dev.leaseport.adapters.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures the JAX-RS runtime raises before a resource runs (unknown route, wrong method, media
 * types, unreadable bodies) get the same problem shape as everything else.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
  @Inject ProblemResponses problems;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int status = original == null ? 500 : original.getStatus();
    Response problem =
        switch (status) {
          case 400 -> problems.build(400, "malformed-request", "The request could not be read");
          case 401 -> problems.build(401, "unauthenticated", "A valid bearer token is required");
          case 403 -> problems.build(403, "forbidden", "This action is not allowed");
          case 404 -> problems.build(404, "not-found", "No such resource");
          case 405 -> problems.build(405, "method-not-allowed", "This method is not allowed here");
          case 406 -> problems.build(406, "not-acceptable", "Only application/json is produced");
          case 413 -> problems.build(413, "payload-too-large", "The body is larger than 1 MiB");
          case 415 ->
              problems.build(415, "unsupported-media-type", "Send the body as application/json");
          default ->
              status >= 500
                  ? problems.build(500, "internal-error", "An unexpected error occurred")
                  : problems.build(status, "error", "The request failed");
        };
    if (status == 405 && original.getHeaderString("Allow") != null) {
      return Response.fromResponse(problem)
          .header("Allow", original.getHeaderString("Allow"))
          .build();
    }
    return problem;
  }
}
