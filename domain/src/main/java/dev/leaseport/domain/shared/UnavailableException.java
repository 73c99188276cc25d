package dev.leaseport.domain.shared;

/** A dependency (the database, a payment provider) cannot serve the request right now. */
public final class UnavailableException extends DomainException {
  public UnavailableException(String code, String detail) {
    super(ErrorKind.UNAVAILABLE, code, detail);
  }

  public static UnavailableException database() {
    return new UnavailableException("unavailable", "The database is unavailable; retry later");
  }
}
