package dev.leaseport.domain.shared;

/** The caller's expected version (If-Match) is not the current one. */
public final class PreconditionFailedException extends DomainException {
  public PreconditionFailedException(long currentVersion) {
    super(
        ErrorKind.STALE,
        "precondition-failed",
        "The resource has changed; its current version is " + currentVersion);
  }
}
