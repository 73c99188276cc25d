package dev.leaseport.adapters.payments;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.StripeClient;
import com.stripe.model.PaymentMethod;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.PaymentEventDetails;

/**
 * Completes {@code setup_intent.succeeded}: Stripe's event names the saved payment method by id
 * only, so the method is read from Stripe (its type, card brand or bank, last four digits, and the
 * customer it is attached to now) and put in the event's object in place of the id, as Stripe's
 * {@code expand} would. Read once per delivery, outside any transaction; when Stripe cannot answer,
 * the delivery fails (503) and Stripe sends it again. Every other event passes unchanged.
 */
public final class StripeEventDetails implements PaymentEventDetails {
  static final String SETUP_INTENT_SUCCEEDED = "setup_intent.succeeded";
  private final StripeClient stripe;

  public StripeEventDetails(StripeClient stripe) {
    this.stripe = stripe;
  }

  @Override
  public PaymentEvent complete(PaymentEvent event) {
    if (!SETUP_INTENT_SUCCEEDED.equals(event.type())) {
      return event;
    }
    JsonObject intent = JsonParser.parseString(event.objectJson()).getAsJsonObject();
    JsonElement method = intent.get("payment_method");
    if (method == null || !method.isJsonPrimitive()) {
      return event;
    }
    String methodId = method.getAsString();
    PaymentMethod read =
        StripeFailures.call(
            "reading a saved payment method",
            () -> stripe.v1().paymentMethods().retrieve(methodId));
    JsonObject raw =
        read.getRawJsonObject() != null
            ? read.getRawJsonObject()
            : JsonParser.parseString(read.toJson()).getAsJsonObject();
    intent.add("payment_method", raw);
    return new PaymentEvent(
        event.id(), event.type(), event.account(), event.created(), intent.toString());
  }
}
