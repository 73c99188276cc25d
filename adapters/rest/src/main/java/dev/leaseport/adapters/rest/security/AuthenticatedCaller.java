package dev.leaseport.adapters.rest.security;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The verified caller of the current request, set by {@link BearerAuthentication}. */
@RequestScoped
public class AuthenticatedCaller {
  private Caller caller;

  void set(Caller caller) {
    this.caller = caller;
  }

  /** The caller, when this request's token was verified. */
  public Optional<Caller> find() {
    return Optional.ofNullable(caller);
  }

  public Caller get() {
    if (caller == null) {
      throw ApiProblem.unauthenticated("A valid bearer token is required");
    }
    return caller;
  }
}
