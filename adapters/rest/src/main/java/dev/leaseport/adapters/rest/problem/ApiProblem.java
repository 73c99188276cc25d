package dev.leaseport.adapters.rest.problem;

/** An HTTP-level failure that has no domain meaning: bad JSON, bad parameters, bad tokens. */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String code;

  public ApiProblem(int status, String code, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
  }

  public static ApiProblem malformed(String detail) {
    return new ApiProblem(400, "malformed-request", detail);
  }

  public static ApiProblem invalidParameter(String detail) {
    return new ApiProblem(400, "invalid-parameter", detail);
  }

  public static ApiProblem unauthenticated(String detail) {
    return new ApiProblem(401, "unauthenticated", detail);
  }

  public static ApiProblem notFound() {
    return new ApiProblem(404, "not-found", "No such resource");
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
