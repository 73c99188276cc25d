package dev.leaseport.adapters.rest.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bodies of paying and refunding, as the strict reader fills them. */
class PaymentRequestsTest {

  @Test
  void bothBodiesAreReadableRecords() {
    JsonRecords.requireReadable(PayChargeRequest.class);
    JsonRecords.requireReadable(RefundRequest.class);
  }

  @Test
  void theDocumentedBodiesAreRead() {
    assertThat(JsonRecords.read(PayChargeRequest.class, ApiExamples.PAY_CHARGE).method())
        .hasValue("pm_1Q2w3E4r5T6y7U8i");
    RefundRequest refund = JsonRecords.read(RefundRequest.class, ApiExamples.REFUND);
    assertThat(refund.money()).hasValue(new Money(50_000, "usd"));
    assertThat(refund.requiredReason()).isEqualTo(RefundReason.REQUESTED_BY_CUSTOMER);
  }

  @Test
  void anEmptyPaymentBodyPaysWithANewMethodAndAnEmptyRefundIsAllThatRemains() {
    assertThat(JsonRecords.read(PayChargeRequest.class, "{}").method()).isEmpty();
    assertThat(JsonRecords.read(RefundRequest.class, "{\"reason\": \"DUPLICATE\"}").money())
        .isEqualTo(Optional.empty());
  }

  @Test
  void aRefundNeedsAReasonAndAPositiveAmount() {
    assertThatThrownBy(() -> JsonRecords.read(RefundRequest.class, "{}").requiredReason())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                        RefundRequest.class,
                        "{\"amount\": {\"amount\": 0}, \"reason\": \"DUPLICATE\"}")
                    .money())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> JsonRecords.read(RefundRequest.class, "{\"reason\": \"BECAUSE\"}"))
        .isInstanceOf(DomainException.class);
  }
}
