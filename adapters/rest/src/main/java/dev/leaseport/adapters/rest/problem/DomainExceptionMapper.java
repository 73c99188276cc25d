package dev.leaseport.adapters.rest.problem;

import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ErrorKind;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** Domain errors to HTTP: the one table of which failure is which status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Inject ProblemResponses problems;

  @Override
  public Response toResponse(DomainException exception) {
    return answer(problems, exception);
  }

  static Response answer(ProblemResponses problems, DomainException exception) {
    List<FieldError> errors = exception instanceof ValidationException v ? v.errors() : List.of();
    Response response =
        problems.build(
            statusOf(exception.kind()), exception.code(), exception.getMessage(), errors);
    // A dependency that says when to come back: the client (or Stripe's retry) waits that long.
    if (exception instanceof UnavailableException unavailable
        && unavailable.retryAfterSeconds().isPresent()) {
      return Response.fromResponse(response)
          .header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds().getAsInt())
          .build();
    }
    return response;
  }

  /** No default branch: a new kind does not compile until it has a status here. */
  static int statusOf(ErrorKind kind) {
    return switch (kind) {
      case NOT_FOUND -> 404;
      case FORBIDDEN -> 403;
      case CONFLICT -> 409;
      case INVALID -> 422;
      case STALE -> 412;
      case UNAVAILABLE -> 503;
      case PAYMENT_DECLINED -> 402;
      case MALFORMED -> 400;
    };
  }
}
