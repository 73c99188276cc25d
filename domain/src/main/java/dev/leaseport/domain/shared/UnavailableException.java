package dev.leaseport.domain.shared;

import java.util.OptionalInt;

/**
 * A dependency (the database, a payment provider) cannot serve the request right now. When it says
 * how long to wait, {@link #retryAfterSeconds()} carries it to the client.
 */
public final class UnavailableException extends DomainException {
  private final OptionalInt retryAfterSeconds;

  public UnavailableException(String code, String detail) {
    this(code, detail, OptionalInt.empty());
  }

  public UnavailableException(String code, String detail, OptionalInt retryAfterSeconds) {
    super(ErrorKind.UNAVAILABLE, code, detail);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static UnavailableException database() {
    return new UnavailableException("unavailable", "The database is unavailable; retry later");
  }

  /** Stripe is not configured on this server: payment endpoints answer this, all else works. */
  public static UnavailableException paymentsNotConfigured() {
    return new UnavailableException(
        "payments-not-configured", "Payments are not configured on this server");
  }

  /** The payment provider is busy, slow or failing; retrying after the delay may succeed. */
  public static UnavailableException paymentProvider(int retryAfterSeconds) {
    return new UnavailableException(
        "unavailable",
        "The payment provider is unavailable; retry later",
        OptionalInt.of(retryAfterSeconds));
  }

  public OptionalInt retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
