package dev.leaseport.adapters.rest.problem;

import dev.leaseport.adapters.rest.request.RequestIdentity;
import dev.leaseport.domain.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: logged with the request id for the operator, answered with a bare 500 for the
 * client. Never a stack trace, SQL or class name in a response.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
  @Inject ProblemResponses problems;
  @Inject RequestIdentity request;

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      // Raised while the runtime read the body (size limit, strict reader): wrapped, but ours.
      if (cause instanceof ApiProblem problem) {
        return problems.build(problem.status(), problem.code(), problem.getMessage());
      }
      if (cause instanceof DomainException domain) {
        return DomainExceptionMapper.answer(problems, domain);
      }
      if (cause instanceof JsonException) {
        return problems.build(400, "malformed-request", "The body is not valid JSON");
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error in request " + request.id(), exception);
    return problems.build(
        500, "internal-error", "An unexpected error occurred; quote the requestId");
  }
}
