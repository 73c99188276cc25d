package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.ApiExamples;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /charges/{id}/pay}, which may be empty: a saved payment method of the
 * tenant's to pay with, or none to enter one in the browser.
 */
@Schema(name = "PayCharge", example = ApiExamples.PAY_CHARGE)
public record PayChargeRequest(String paymentMethodId) {
  static final PayChargeRequest NONE = new PayChargeRequest(null);

  Optional<String> method() {
    return Optional.ofNullable(paymentMethodId).filter(id -> !id.isBlank());
  }
}
