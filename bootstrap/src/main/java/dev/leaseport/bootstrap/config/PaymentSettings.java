package dev.leaseport.bootstrap.config;

import java.util.Optional;

/**
 * Stripe: without a secret key payments are off (their endpoints answer 503) and all else works;
 * each webhook endpoint needs its own signing secret. Secrets stay out of {@link #toString()}.
 *
 * @param apiBase a fake Stripe API for tests; unset means Stripe itself
 * @param liveRequired production refuses a test-mode key when the operator asks for it
 */
public record PaymentSettings(
    Optional<String> secretKey,
    Optional<String> webhookSecret,
    Optional<String> connectWebhookSecret,
    Optional<String> apiBase,
    boolean liveRequired) {

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
        + apiBase.map(base -> ", stripeApiBase=" + UrlRedaction.redact(base)).orElse("");
  }
}
