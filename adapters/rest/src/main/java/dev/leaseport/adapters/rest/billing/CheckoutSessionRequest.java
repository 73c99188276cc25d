package dev.leaseport.adapters.rest.billing;

import dev.leaseport.adapters.rest.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /billing/checkout-session}: the paid plan to subscribe to. */
@Schema(
    name = "CheckoutSessionRequest",
    requiredProperties = {"planId"},
    example = ApiExamples.CHECKOUT_SESSION)
public record CheckoutSessionRequest(String planId) {}
