package dev.leaseport.domain.shared;

/**
 * A request the domain cannot accept as sent, before any rule applies: a webhook whose signature
 * does not verify, or whose body is not an event.
 */
public final class MalformedRequestException extends DomainException {
  public MalformedRequestException(String code, String detail) {
    super(ErrorKind.MALFORMED, code, detail);
  }

  public static MalformedRequestException invalidSignature(String detail) {
    return new MalformedRequestException("invalid-signature", detail);
  }

  public static MalformedRequestException malformed(String detail) {
    return new MalformedRequestException("malformed-request", detail);
  }
}
