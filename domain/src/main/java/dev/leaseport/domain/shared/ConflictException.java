package dev.leaseport.domain.shared;

/**
 * The request clashes with the current state: a duplicate, a dependent row, a concurrent change.
 */
public final class ConflictException extends DomainException {
  public ConflictException(String code, String detail) {
    super(ErrorKind.CONFLICT, code, detail);
  }

  public static ConflictException duplicate(String detail) {
    return new ConflictException("duplicate", detail);
  }

  public static ConflictException concurrentChange() {
    return new ConflictException("conflict", "The resource was changed concurrently; retry");
  }
}
