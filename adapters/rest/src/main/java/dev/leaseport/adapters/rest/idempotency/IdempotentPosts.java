package dev.leaseport.adapters.rest.idempotency;

import dev.leaseport.adapters.rest.JsonConfiguration;
import dev.leaseport.adapters.rest.problem.ProblemResponses;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.port.HeldTransaction;
import dev.leaseport.application.port.IdempotencyClaim;
import dev.leaseport.application.port.IdempotencyKeys;
import dev.leaseport.application.port.StoredResponse;
import dev.leaseport.domain.identity.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A POST with an {@code Idempotency-Key} from an authenticated caller runs in one transaction with
 * its stored answer. Before the resource method: the key is claimed, which opens the caller's
 * transaction ({@link IdempotencyKeys}); a stored answer for the same request is sent again with
 * {@code Idempotent-Replayed: true} and nothing runs; a running request with the key is 409 {@code
 * idempotency-key-in-flight}; another request under the key is 422 {@code idempotency-key-reused}.
 * After it (last among the response filters that shape the answer, so {@code Location} and {@code
 * ETag} are set): a 2xx answer is serialised, stored and committed with the request's work, and the
 * client gets exactly the stored bytes; any other answer rolls back, so a corrected retry can run.
 * Routes without a token (webhooks, local dev tokens) ignore the header: a key belongs to a caller.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 2) // after the caller is known and their rate limit applied
public class IdempotentPosts implements ContainerRequestFilter, ContainerResponseFilter {
  /** The request property (a servlet request attribute) holding the open transaction. */
  static final String HELD = IdempotentPosts.class.getName() + ".held";

  @Inject AuthenticatedCaller caller;
  @Inject IdempotencyKeys keys;
  @Inject ProblemResponses problems;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String header = request.getHeaderString(IdempotencyKeyHeader.NAME);
    Optional<Caller> who = caller.find();
    if (header == null || !HttpMethod.POST.equals(request.getMethod()) || who.isEmpty()) {
      return;
    }
    String key = IdempotencyKeyHeader.parse(header);
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    URI uri = request.getUriInfo().getRequestUri();
    byte[] fingerprint =
        RequestFingerprint.of(request.getMethod(), uri.getRawPath(), uri.getRawQuery(), body);
    IdempotencyClaim claim = keys.claim(who.get(), key, fingerprint);
    if (claim instanceof IdempotencyClaim.Held held) {
      request.setProperty(HELD, held.transaction());
    } else if (claim instanceof IdempotencyClaim.Replay replay) {
      request.abortWith(replayOf(replay.response()));
    } else if (claim instanceof IdempotencyClaim.InFlight) {
      request.abortWith(
          problems.build(
              409,
              "idempotency-key-in-flight",
              "A request with this Idempotency-Key is still running; retry shortly"));
    } else {
      request.abortWith(
          problems.build(
              422,
              "idempotency-key-reused",
              "This Idempotency-Key was used for a different request; use a new key"));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(HELD) instanceof HeldTransaction transaction)) {
      return;
    }
    request.removeProperty(HELD);
    if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
      transaction.rollback();
      return;
    }
    try {
      byte[] body = bytesOf(response);
      transaction.commitWith(
          new StoredResponse(
              response.getStatus(),
              response.getHeaderString(HttpHeaders.LOCATION),
              response.getHeaderString(HttpHeaders.ETAG),
              response.getHeaderString(HttpHeaders.CONTENT_TYPE),
              body));
      if (response.hasEntity()) {
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
      }
    } finally {
      transaction.rollback(); // nothing when committed; after a failure, ends the transaction
    }
  }

  /** The stored answer, marked as a replay. */
  static Response replayOf(StoredResponse stored) {
    Response.ResponseBuilder replay =
        Response.status(stored.status()).header(IdempotencyKeyHeader.REPLAYED, "true");
    if (stored.location() != null) {
      replay.header(HttpHeaders.LOCATION, stored.location());
    }
    if (stored.etag() != null) {
      replay.header(HttpHeaders.ETAG, stored.etag());
    }
    if (stored.contentType() != null) {
      replay.type(stored.contentType());
    }
    byte[] body = stored.body();
    return (body.length == 0 ? replay : replay.entity(body)).build();
  }

  /**
   * The bytes the client will receive: JSON-B with the application's configuration, as the JSON
   * provider would write them. An answer that is neither JSON nor text cannot be stored, and fails
   * (rolled back) rather than commit an effect a retry could repeat.
   */
  private static byte[] bytesOf(ContainerResponseContext response) {
    Object entity = response.getEntity();
    if (entity == null) {
      return new byte[0];
    }
    if (entity instanceof byte[] bytes) {
      return bytes;
    }
    if (entity instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    MediaType type = response.getMediaType();
    if (type == null
        || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"))) {
      throw new UncheckedIOException(
          new IOException("An answer of type " + type + " cannot be stored for a retry"));
    }
    return JsonConfiguration.jsonb()
        .toJson(entity, response.getEntityType())
        .getBytes(StandardCharsets.UTF_8);
  }
}
