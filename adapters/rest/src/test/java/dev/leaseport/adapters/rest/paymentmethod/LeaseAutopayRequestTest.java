package dev.leaseport.adapters.rest.paymentmethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.paymentmethod.AutopayChange;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code PUT /leases/{id}/autopay}: on with a method, off without one, nothing else. */
class LeaseAutopayRequestTest {

  @Test
  void theRecordPassesTheDeploymentCheckOfRequestRecords() {
    JsonRecords.requireReadable(LeaseAutopayRequest.class);
  }

  @Test
  void theDocumentedBodyTurnsAutopayOnWithItsMethod() {
    AutopayChange change =
        JsonRecords.read(LeaseAutopayRequest.class, ApiExamples.LEASE_AUTOPAY).toCommand();

    assertThat(change.enabled()).isTrue();
    assertThat(change.paymentMethodId())
        .hasValue(UUID.fromString("5f0c7c1e-8a3b-4c2d-9e1f-2a3b4c5d6e7f"));
  }

  @Test
  void offNeedsNoMethod() {
    AutopayChange change =
        JsonRecords.read(LeaseAutopayRequest.class, "{\"enabled\": false}").toCommand();

    assertThat(change).isEqualTo(new AutopayChange(false, Optional.empty()));
  }

  @Test
  void enabledIsRequiredAndOnNeedsAMethod() {
    assertThatThrownBy(() -> JsonRecords.read(LeaseAutopayRequest.class, "{}").toCommand())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> JsonRecords.read(LeaseAutopayRequest.class, "{\"enabled\": true}").toCommand())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void enabledIsJsonTrueOrFalseNotAString() {
    assertThatThrownBy(() -> JsonRecords.read(LeaseAutopayRequest.class, "{\"enabled\": \"yes\"}"))
        .isNotInstanceOf(ValidationException.class)
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void aLeaseTermInTheBodyIsRefusedNotIgnored() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    LeaseAutopayRequest.class, "{\"enabled\": false, \"rentAmount\": 1}"))
        .isNotInstanceOf(ValidationException.class)
        .isInstanceOf(RuntimeException.class);
  }
}
