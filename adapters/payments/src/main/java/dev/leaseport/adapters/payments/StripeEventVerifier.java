package dev.leaseport.adapters.payments;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.PaymentEventVerifier;
import dev.leaseport.domain.payment.WebhookEndpoint;
import dev.leaseport.domain.shared.MalformedRequestException;
import dev.leaseport.domain.shared.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies Stripe's {@code Stripe-Signature} over the exact bytes received, with the endpoint's own
 * secret (a platform event sent to the Connect endpoint fails, and the reverse) and Stripe's
 * 300-second tolerance, then reads the few fields Leaseport orders and routes events by.
 */
public final class StripeEventVerifier implements PaymentEventVerifier {
  public static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;
  private final Map<WebhookEndpoint, String> secrets;
  private final Clock clock;

  public StripeEventVerifier(
      Optional<String> platformSecret, Optional<String> connectSecret, Clock clock) {
    this.secrets = new EnumMap<>(WebhookEndpoint.class);
    platformSecret.ifPresent(s -> secrets.put(WebhookEndpoint.PLATFORM, s));
    connectSecret.ifPresent(s -> secrets.put(WebhookEndpoint.CONNECT, s));
    this.clock = clock;
  }

  @Override
  public boolean accepts(WebhookEndpoint endpoint) {
    return secrets.containsKey(endpoint);
  }

  @Override
  public PaymentEvent verify(WebhookEndpoint endpoint, byte[] payload, String signatureHeader) {
    String secret = secrets.get(endpoint);
    if (secret == null) {
      throw UnavailableException.paymentsNotConfigured();
    }
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw MalformedRequestException.invalidSignature("The Stripe-Signature header is missing");
    }
    // A body that is not UTF-8 changes when decoded, so its signature cannot verify: 400.
    String body = new String(payload, StandardCharsets.UTF_8);
    try {
      Webhook.Signature.verifyHeader(body, signatureHeader, secret, TOLERANCE_SECONDS, clock);
    } catch (SignatureVerificationException e) {
      throw MalformedRequestException.invalidSignature(
          "The Stripe-Signature does not verify for this endpoint, or is too old");
    }
    return read(body);
  }

  private static PaymentEvent read(String body) {
    try {
      JsonObject event = JsonParser.parseString(body).getAsJsonObject();
      JsonObject object = event.getAsJsonObject("data").getAsJsonObject("object");
      String id = event.get("id").getAsString();
      String type = event.get("type").getAsString();
      long created = event.get("created").getAsLong();
      if (object == null || id.isBlank() || type.isBlank()) {
        throw malformed();
      }
      return new PaymentEvent(
          id,
          type,
          Optional.ofNullable(event.get("account"))
              .filter(JsonElement::isJsonPrimitive)
              .map(JsonElement::getAsString),
          Instant.ofEpochSecond(created),
          object.toString());
    } catch (JsonParseException
        | IllegalStateException
        | NullPointerException
        | ClassCastException
        | UnsupportedOperationException
        | NumberFormatException e) {
      throw malformed();
    }
  }

  private static MalformedRequestException malformed() {
    return MalformedRequestException.malformed("The body is not a Stripe event");
  }
}
