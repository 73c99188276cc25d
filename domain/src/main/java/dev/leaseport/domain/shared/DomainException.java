package dev.leaseport.domain.shared;

/**
 * A failure the domain names. Each subtype carries a stable code and an {@link ErrorKind}; the REST
 * edge maps each kind to one HTTP status and the problem+json shape, in one place.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        ForbiddenException,
        ConflictException,
        ValidationException,
        PreconditionFailedException,
        UnavailableException,
        PaymentDeclinedException,
        MalformedRequestException {

  private final ErrorKind kind;
  private final String code;

  protected DomainException(ErrorKind kind, String code, String detail) {
    super(detail, null, false, false);
    this.kind = kind;
    this.code = code;
  }

  /** Which kind of failure this is; edges map the kind, exhaustively, to their own answer. */
  public ErrorKind kind() {
    return kind;
  }

  /** The stable, kebab-case problem code, e.g. {@code not-found}. */
  public String code() {
    return code;
  }
}
