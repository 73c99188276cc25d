package dev.leaseport.domain.shared;

/**
 * A failure the domain names. Each subtype carries a stable code; the REST edge maps each type to
 * one HTTP status and the problem+json shape, in one place.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        ForbiddenException,
        ConflictException,
        ValidationException,
        PreconditionFailedException,
        UnavailableException {

  private final String code;

  protected DomainException(String code, String detail) {
    super(detail, null, false, false);
    this.code = code;
  }

  /** The stable, kebab-case problem code, e.g. {@code not-found}. */
  public String code() {
    return code;
  }
}
