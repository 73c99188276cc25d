package dev.leaseport.adapters.rest.problem;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import jakarta.inject.Inject;
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
    int status = statusOf(exception);
    List<dev.leaseport.domain.shared.FieldError> errors =
        exception instanceof ValidationException v ? v.errors() : List.of();
    return problems.build(status, exception.code(), exception.getMessage(), errors);
  }

  static int statusOf(DomainException exception) {
    if (exception instanceof NotFoundException) {
      return 404;
    } else if (exception instanceof ForbiddenException) {
      return 403;
    } else if (exception instanceof ConflictException) {
      return 409;
    } else if (exception instanceof ValidationException) {
      return 422;
    } else if (exception instanceof PreconditionFailedException) {
      return 412;
    } else if (exception instanceof UnavailableException) {
      return 503;
    }
    throw new IllegalArgumentException("Unmapped domain error " + exception.code());
  }
}
