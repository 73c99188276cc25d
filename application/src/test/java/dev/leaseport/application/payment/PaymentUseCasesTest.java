package dev.leaseport.application.payment;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.Payment;
import dev.leaseport.domain.payment.PaymentFilter;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.payment.PaymentSortField;
import dev.leaseport.domain.payment.PaymentStatus;
import dev.leaseport.domain.payment.PaymentToStart;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RefundReason;
import dev.leaseport.domain.payment.RefundToSubmit;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final List<String> calls = new ArrayList<>();
  private final Rows rows = new Rows();
  private final Provider provider = new Provider();
  private final Caller tenant = caller(UserType.TENANT);
  private final Caller owner = caller(UserType.OWNER);
  private final UUID charge = UUID.randomUUID();

  @Test
  void theRowIsWrittenBeforeTheProviderIsCalledAndTheIntentStoredAfter() {
    var started = pay().execute(tenant, charge, Optional.empty());

    assertThat(calls).containsExactly("start", "provider.start", "recordIntent pi_1", "find");
    assertThat(started.clientSecret()).isEqualTo("pi_1_secret");
    assertThat(provider.requests.get(0).idempotencyKey().value())
        .isEqualTo("leaseport:rent-payment:" + rows.paymentId);
    assertThat(transactions.callers()).containsExactly(tenant, tenant);
  }

  @Test
  void aDeclineIsRecordedOnTheRowAndAnswered402() {
    provider.decline = true;

    assertThatThrownBy(() -> pay().execute(tenant, charge, Optional.empty()))
        .isInstanceOf(PaymentDeclinedException.class);
    assertThat(calls).containsExactly("start", "provider.start", "recordDecline payment-failed");
  }

  @Test
  void anOutageLeavesTheRowToResume() {
    provider.down = true;

    assertThatThrownBy(() -> pay().execute(tenant, charge, Optional.empty()))
        .isInstanceOf(UnavailableException.class);
    assertThat(calls).containsExactly("start", "provider.start");
  }

  @Test
  void withoutPaymentsConfiguredNothingIsTouched() {
    provider.configured = false;

    assertThatThrownBy(() -> pay().execute(tenant, charge, Optional.empty()))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> assertThat(e.code()).isEqualTo("payments-not-configured"));
    assertThat(calls).isEmpty();
  }

  @Test
  void onlyATenantPaysAndOnlyAnOwnerRefunds() {
    assertThatThrownBy(() -> pay().execute(owner, charge, Optional.empty()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                refund()
                    .execute(tenant, UUID.randomUUID(), Optional.empty(), RefundReason.DUPLICATE))
        .isInstanceOf(ForbiddenException.class);
    assertThat(calls).isEmpty();
  }

  @Test
  void aSavedMethodNeedsTheTenantsCustomer() {
    assertThatThrownBy(() -> pay().execute(tenant, charge, Optional.of("pm_1")))
        .isInstanceOf(ValidationException.class);
    assertThat(calls).containsExactly("start");
  }

  @Test
  void aRefundIsReservedThenSentThenRecordedAndAFailureReleasesIt() {
    refund().execute(owner, rows.paymentId, Optional.empty(), RefundReason.REQUESTED_BY_CUSTOMER);
    assertThat(calls)
        .containsExactly("find", "reserve", "provider.refund", "recordRefund re_1", "find");

    calls.clear();
    provider.down = true;
    assertThatThrownBy(
            () ->
                refund()
                    .execute(
                        owner,
                        rows.paymentId,
                        Optional.empty(),
                        RefundReason.REQUESTED_BY_CUSTOMER))
        .isInstanceOf(UnavailableException.class);
    assertThat(calls)
        .containsExactly("find", "reserve", "provider.refund", "recordRefund none", "find");
  }

  @Test
  void aRefundInAnotherCurrencyIsRefused() {
    assertThatThrownBy(
            () ->
                refund()
                    .execute(
                        owner,
                        rows.paymentId,
                        Optional.of(new Money(100, "eur")),
                        RefundReason.DUPLICATE))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("amount.currency"));
    assertThat(calls).containsExactly("find");
  }

  private PayCharge pay() {
    return new PayCharge(transactions, rows, provider, new PlatformFee(250));
  }

  private RefundPayment refund() {
    return new RefundPayment(transactions, rows, provider);
  }

  private final class Rows implements PaymentRepository {
    final UUID paymentId = UUID.randomUUID();

    @Override
    public PaymentToStart start(UUID chargeId, PlatformFee fee) {
      transactions.requireOpen();
      calls.add("start");
      Money amount = new Money(150_000, "usd");
      return new PaymentToStart(
          paymentId,
          chargeId,
          UUID.randomUUID(),
          UUID.randomUUID(),
          amount,
          fee.on(amount),
          "acct_1",
          Optional.empty());
    }

    @Override
    public void recordIntent(UUID paymentId, String intentId) {
      transactions.requireOpen();
      calls.add("recordIntent " + intentId);
    }

    @Override
    public void recordDecline(UUID paymentId, String code, String message) {
      transactions.requireOpen();
      calls.add("recordDecline " + code);
    }

    @Override
    public Optional<Payment> find(UUID id) {
      transactions.requireOpen();
      calls.add("find");
      Money amount = new Money(150_000, "usd");
      return Optional.of(
          new Payment(
              id,
              UUID.randomUUID(),
              UUID.randomUUID(),
              UUID.randomUUID(),
              UUID.randomUUID(),
              amount,
              new Money(0, "usd"),
              Optional.of("pi_1"),
              Optional.empty(),
              PaymentStatus.SUCCEEDED,
              Optional.empty(),
              Optional.empty(),
              0,
              0,
              Instant.EPOCH,
              Instant.EPOCH,
              1));
    }

    @Override
    public Page<Payment> list(PaymentFilter filter, Sort<PaymentSortField> sort, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RefundToSubmit reserveRefund(
        UUID paymentId, Optional<Long> amount, RefundReason reason) {
      transactions.requireOpen();
      calls.add("reserve");
      return new RefundToSubmit(
          UUID.randomUUID(), paymentId, "pi_1", new Money(amount.orElse(150_000L), "usd"));
    }

    @Override
    public void recordRefund(UUID refundId, Optional<String> providerRefundId) {
      transactions.requireOpen();
      calls.add("recordRefund " + providerRefundId.orElse("none"));
    }
  }

  private final class Provider implements RentPayments {
    final List<RentPaymentRequest> requests = new ArrayList<>();
    boolean configured = true;
    boolean decline;
    boolean down;

    @Override
    public boolean isConfigured() {
      return configured;
    }

    @Override
    public StartedRentPayment start(RentPaymentRequest request) {
      calls.add("provider.start");
      requests.add(request);
      if (decline) {
        throw new PaymentDeclinedException("The payment method was declined");
      }
      if (down) {
        throw UnavailableException.paymentProvider(10);
      }
      return new StartedRentPayment("pi_1", "pi_1_secret", PaymentStatus.PENDING);
    }

    @Override
    public StartedRentPayment chargeSaved(RentPaymentRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String refund(RentRefundRequest request) {
      calls.add("provider.refund");
      if (down) {
        throw UnavailableException.paymentProvider(10);
      }
      return "re_1";
    }
  }
}
