package dev.leaseport.adapters.rest.paymentmethod;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.paymentmethod.AutopayChange;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /leases/{id}/autopay}: on with one of the caller's saved methods, or off
 * ({@code {"enabled": false}}).
 */
@Schema(
    name = "LeaseAutopayChange",
    requiredProperties = "enabled",
    example = ApiExamples.LEASE_AUTOPAY)
public record LeaseAutopayRequest(Boolean enabled, UUID paymentMethodId) {

  AutopayChange toCommand() {
    if (enabled == null) {
      throw ValidationException.of("enabled", "is required");
    }
    return new AutopayChange(enabled, Optional.ofNullable(paymentMethodId));
  }
}
