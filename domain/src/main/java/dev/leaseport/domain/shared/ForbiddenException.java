package dev.leaseport.domain.shared;

/**
 * The caller's user type may not use this action at all (data scoping is never this: it is 404).
 */
public final class ForbiddenException extends DomainException {
  public ForbiddenException(String code, String detail) {
    super(ErrorKind.FORBIDDEN, code, detail);
  }

  public static ForbiddenException wrongUserType(String allowed) {
    return new ForbiddenException("forbidden", "This action is for " + allowed + " accounts only");
  }
}
