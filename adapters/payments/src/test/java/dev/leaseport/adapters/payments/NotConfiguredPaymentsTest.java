package dev.leaseport.adapters.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
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
}
