package dev.leaseport.application.autopay;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.paymentmethod.AutopayClaim;
import dev.leaseport.domain.paymentmethod.AutopayClaims;
import dev.leaseport.domain.paymentmethod.AutopayOutcome;
import dev.leaseport.domain.paymentmethod.AutopayRun;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunAutopayTest {
  private static final LocalDate TODAY = LocalDate.of(2030, 2, 1);
  private final List<String> recorded = new ArrayList<>();
  private final List<AutopayClaim> due = new ArrayList<>();
  private final List<String> charged = new ArrayList<>();
  private boolean configured = true;

  private final AutopayClaims claims =
      new AutopayClaims() {
        @Override
        public List<AutopayClaim> claimDue(LocalDate asOf, PlatformFee fee) {
          recorded.add("claim " + asOf + " " + fee.basisPoints());
          return List.copyOf(due);
        }

        @Override
        public AutopayOutcome recordSubmitted(UUID paymentId, String intentId) {
          recorded.add("submitted " + intentId);
          return AutopayOutcome.SUBMITTED;
        }

        @Override
        public AutopayOutcome recordDeclined(UUID paymentId, String code, String message) {
          recorded.add("declined " + message);
          return AutopayOutcome.DECLINED;
        }
      };

  private final RentPayments stripe =
      new RentPayments() {
        @Override
        public boolean isConfigured() {
          return configured;
        }

        @Override
        public StartedRentPayment start(RentPaymentRequest request) {
          throw new AssertionError("autopay pays off-session only");
        }

        @Override
        public StartedRentPayment chargeSaved(RentPaymentRequest request) {
          charged.add(request.paymentMethodId().orElseThrow());
          return switch (request.paymentMethodId().orElseThrow()) {
            case "pm_declines" -> throw new PaymentDeclinedException("declined (insufficient)");
            case "pm_outage" -> throw UnavailableException.paymentProvider(10);
            default ->
                new StartedRentPayment(
                    "pi_" + request.paymentId(), "secret", PaymentStatus.PROCESSING);
          };
        }

        @Override
        public String refund(RentRefundRequest request) {
          throw new AssertionError();
        }
      };

  private final RunAutopay autopay = new RunAutopay(claims, stripe, new PlatformFee(250));

  private AutopayClaim claim(String method) {
    return new AutopayClaim(
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        UUID.randomUUID(),
        new Money(150000, "usd"),
        new Money(3750, "usd"),
        "acct_1",
        "cus_1",
        method);
  }

  @Test
  void eachClaimIsChargedOnceOffSessionAndItsOutcomeRecorded() {
    due.addAll(List.of(claim("pm_ok"), claim("pm_declines"), claim("pm_outage")));

    AutopayRun run = autopay.execute(TODAY);

    assertThat(run).isEqualTo(new AutopayRun(TODAY, 3, 1, 1, 1));
    assertThat(charged).containsExactly("pm_ok", "pm_declines", "pm_outage");
    assertThat(recorded.get(0)).isEqualTo("claim 2030-02-01 250");
    assertThat(recorded).hasSize(3);
    assertThat(recorded.get(1)).startsWith("submitted pi_");
    assertThat(recorded.get(2)).isEqualTo("declined declined (insufficient)");
  }

  @Test
  void withoutAPaymentProviderNothingIsClaimed() {
    configured = false;
    due.add(claim("pm_ok"));

    assertThat(autopay.execute(TODAY)).isEqualTo(new AutopayRun(TODAY, 0, 0, 0, 0));
    assertThat(recorded).isEmpty();
    assertThat(charged).isEmpty();
  }

  @Test
  void onlyAnAdminRunsItByHandAndNeverForAFutureDate() {
    RunAutopayNow now = new RunAutopayNow(autopay);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    assertThat(now.execute(caller(UserType.ADMIN), Optional.empty()).asOf()).isEqualTo(today);
    for (UserType type : List.of(UserType.OWNER, UserType.TENANT)) {
      assertThatThrownBy(() -> now.execute(caller(type), Optional.empty()))
          .isInstanceOf(ForbiddenException.class);
    }
    assertThatThrownBy(() -> now.execute(caller(UserType.ADMIN), Optional.of(today.plusDays(1))))
        .isInstanceOf(ValidationException.class);
  }
}
