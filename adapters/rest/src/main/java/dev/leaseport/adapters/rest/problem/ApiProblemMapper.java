package dev.leaseport.adapters.rest.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP-level failures raised by Leaseport's own request handling. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {
  @Inject ProblemResponses problems;

  @Override
  public Response toResponse(ApiProblem problem) {
    return problems.build(problem.status(), problem.code(), problem.getMessage());
  }
}
