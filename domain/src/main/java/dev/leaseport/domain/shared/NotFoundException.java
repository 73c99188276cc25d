package dev.leaseport.domain.shared;

/** The resource does not exist, or the caller may not see it: the two look the same. */
public final class NotFoundException extends DomainException {
  public NotFoundException(String resource) {
    super(ErrorKind.NOT_FOUND, "not-found", resource + " not found");
  }
}
