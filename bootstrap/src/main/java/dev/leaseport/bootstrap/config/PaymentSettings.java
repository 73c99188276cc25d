package dev.leaseport.bootstrap.config;

import dev.leaseport.domain.payment.PlatformFee;
import java.util.Optional;

/**
 * Stripe: without a secret key payments are off (their endpoints answer 503) and all else works;
 * each webhook endpoint needs its own signing secret. Secrets stay out of {@link #toString()}.
 *
 * @param apiBase a fake Stripe API for tests; unset means Stripe itself
 * @param liveRequired production refuses a test-mode key when the operator asks for it
 * @param platformFee Leaseport's share of each rent payment ({@code LEASEPORT_PLATFORM_FEE_BPS})
 */
public record PaymentSettings(
    Optional<String> secretKey,
    Optional<String> webhookSecret,
    Optional<String> connectWebhookSecret,
    Optional<String> apiBase,
    boolean liveRequired,
    PlatformFee platformFee) {

  public boolean configured() {
    return secretKey.isPresent();
  }

  @Override
  public String toString() {
    return "payments="
        + secretKey.map(k -> k.contains("_live_") ? "live" : "test").orElse("off")
        + ", platformWebhook="
        + (webhookSecret.isPresent() ? "on" : "off")
        + ", connectWebhook="
        + (connectWebhookSecret.isPresent() ? "on" : "off")
        + ", platformFeeBps="
        + platformFee.basisPoints()
        + apiBase.map(base -> ", stripeApiBase=" + UrlRedaction.redact(base)).orElse("");
  }
}
