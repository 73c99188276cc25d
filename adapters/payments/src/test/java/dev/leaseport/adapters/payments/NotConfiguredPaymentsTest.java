package dev.leaseport.adapters.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotConfiguredPaymentsTest {
  private final NotConfiguredPayments payments = new NotConfiguredPayments();

  @Test
  void withoutASecretKeyEveryCallIsPaymentsNotConfigured() {
    UUID owner = UUID.randomUUID();
    assertThat(payments.isConfigured()).isFalse();
    assertThatThrownBy(
            () ->
                payments.createExpressAccount(
                    new NewPayoutAccount(owner, "o@example.com"),
                    IdempotencyKey.of("connect-account", owner)))
        .isInstanceOf(UnavailableException.class)
        .extracting("code")
        .isEqualTo("payments-not-configured");
    assertThatThrownBy(
            () ->
                payments.openPortal(
                    "cus_1", URI.create("https://x.example"), IdempotencyKey.of("p", owner)))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(
            () ->
                payments.startSetup(
                    new SetupRequest(owner, "cus_1"), IdempotencyKey.of("setup-intent", owner)))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(() -> payments.detach("pm_1")).isInstanceOf(UnavailableException.class);
  }

  @Test
  void withoutASecretKeyRentCannotBePaidOrRefunded() {
    RentPaymentRequest request =
        new RentPaymentRequest(
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            UUID.randomUUID(),
            new Money(1000, "usd"),
            new Money(0, "usd"),
            "acct_1",
            Optional.of("cus_1"),
            Optional.of("pm_1"));
    assertThatThrownBy(() -> payments.start(request))
        .isInstanceOf(UnavailableException.class)
        .extracting("code")
        .isEqualTo("payments-not-configured");
    assertThatThrownBy(() -> payments.chargeSaved(request))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(
            () ->
                payments.refund(
                    new RentRefundRequest(
                        UUID.randomUUID(),
                        request.paymentId(),
                        "pi_1",
                        new Money(1, "usd"),
                        RefundReason.DUPLICATE)))
        .isInstanceOf(UnavailableException.class);
  }
}
