package dev.leaseport.domain.identity;

/**
 * Creates the user row on a caller's first request and keeps e-mail and user type in step with the
 * token afterwards. Must work before the caller has any row, so it cannot run under the caller's
 * own row-level security.
 */
public interface UserAccountProvisioning {

  void provision(Caller caller);
}
