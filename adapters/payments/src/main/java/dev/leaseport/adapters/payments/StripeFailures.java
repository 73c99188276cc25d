package dev.leaseport.adapters.payments;

import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one mapping of Stripe's failures to domain errors. A declined card is the payer's to fix
 * (402). Rate limits, timeouts, lost connections and Stripe's own 5xx are worth retrying (503 with
 * Retry-After). Anything else (an invalid request, a revoked key) is Leaseport's or the operator's
 * to fix: logged with Stripe's request id, and 503 for the client, who can do nothing about it.
 */
public final class StripeFailures {
  private static final Logger LOG = Logger.getLogger(StripeFailures.class.getName());
  static final int RATE_LIMIT_RETRY_AFTER_SECONDS = 2;
  static final int OUTAGE_RETRY_AFTER_SECONDS = 10;

  /** A call to Stripe that may fail with a {@link StripeException}. */
  @FunctionalInterface
  public interface StripeCall<T> {
    T call() throws StripeException;
  }

  private StripeFailures() {}

  /** Runs {@code call}, turning any Stripe failure into the domain error that answers it. */
  public static <T> T call(String what, StripeCall<T> call) {
    try {
      return call.call();
    } catch (StripeException e) {
      throw translate(what, e);
    } catch (RuntimeException e) {
      if (!thrownByTheClient(e)) {
        throw e;
      }
      // An answer stripe-java cannot read (a changed or broken response) is the provider's
      // failure, not a request Leaseport can fix: logged in full, answered like an outage.
      LOG.log(Level.SEVERE, "Stripe's answer to " + what + " could not be read", e);
      throw UnavailableException.paymentProvider(OUTAGE_RETRY_AFTER_SECONDS);
    }
  }

  /** Whether {@code e} started inside stripe-java or the JSON library it reads answers with. */
  private static boolean thrownByTheClient(RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length == 0) {
      return false;
    }
    String origin = trace[0].getClassName();
    return origin.startsWith("com.stripe.") || origin.startsWith("com.google.gson.");
  }

  static DomainException translate(String what, StripeException e) {
    if (e instanceof CardException card) {
      return new PaymentDeclinedException(declineDetail(card));
    }
    if (e instanceof RateLimitException) {
      LOG.warning(() -> "Stripe rate-limited " + what + " (request " + e.getRequestId() + ")");
      return UnavailableException.paymentProvider(RATE_LIMIT_RETRY_AFTER_SECONDS);
    }
    Integer status = e.getStatusCode();
    if (e instanceof ApiConnectionException || (status != null && status >= 500)) {
      LOG.warning(() -> "Stripe unavailable for " + what + ": " + e.getMessage());
      return UnavailableException.paymentProvider(OUTAGE_RETRY_AFTER_SECONDS);
    }
    LOG.log(
        Level.SEVERE,
        "Stripe refused " + what + " (status " + status + ", request " + e.getRequestId() + ")",
        e);
    return UnavailableException.paymentProvider(OUTAGE_RETRY_AFTER_SECONDS);
  }

  private static String declineDetail(CardException card) {
    String reason = card.getDeclineCode() != null ? card.getDeclineCode() : card.getCode();
    return "The payment method was declined" + (reason == null ? "" : " (" + reason + ")");
  }
}
