package dev.leaseport.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.jobs.SystemTierAutopayClaims;
import dev.leaseport.adapters.persistence.paymentmethod.JooqLeaseAutopayRepository;
import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.adapters.persistence.testing.SavedMethods;
import dev.leaseport.application.autopay.RunAutopay;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.payment.PlatformFee;
import dev.leaseport.domain.payment.RentPaymentRequest;
import dev.leaseport.domain.payment.RentPayments;
import dev.leaseport.domain.payment.RentRefundRequest;
import dev.leaseport.domain.payment.StartedRentPayment;
import dev.leaseport.domain.paymentmethod.AutopayClaim;
import dev.leaseport.domain.paymentmethod.AutopayOutcome;
import dev.leaseport.domain.paymentmethod.AutopayRun;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The autopay job on PostgreSQL: which charges it claims, that each is claimed and charged once
 * even by two servers at once, and that a decline is recorded once, told to both parties and not
 * retried the same day.
 */
class AutopayClaimsTest extends LeaseTest {
  private static final LocalDate DUE = LocalDate.of(2030, 2, 1);
  private static final PlatformFee FEE = new PlatformFee(250);
  private SystemTierAutopayClaims claims;
  private UUID lease;
  private UUID card;

  @BeforeEach
  void anActiveLeaseWithAutopayOnAndAnOwnerWhoCanTakeCharges() {
    claims = new SystemTierAutopayClaims(systemTier(reason -> {}));
    SavedMethods saved = new SavedMethods(database());
    card = saved.card(renter, "pm_autopay");
    Lease sent = sent();
    lease = sent.id();
    // Turned on the way the renter does it, through set_lease_autopay.
    JooqLeaseAutopayRepository autopay = new JooqLeaseAutopayRepository(transactions);
    as(
        renter,
        () -> {
          autopay.set(lease, Optional.of(card));
          return null;
        });
    database()
        .superuser()
        .execute("update leaseport.leases set status = 'ACTIVE' where id = ?", lease);
    database()
        .superuser()
        .execute(
            "insert into leaseport.connected_accounts (owner_id, stripe_account_id,"
                + " charges_enabled) values (?, 'acct_autopay', true)",
            owner.userId());
  }

  private UUID rentCharge(LocalDate due) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
                + " period_end, description, amount, due_date) values (?, ?, 'usd', 'RENT', ?,"
                + " ?, 'Rent', 150000, ?) returning id",
            owner.userId(),
            lease,
            due,
            due.plusMonths(1).minusDays(1),
            due)
        .get(0, UUID.class);
  }

  private String paymentStatus(UUID payment) {
    return database()
        .superuser()
        .fetchSingle("select status::text from leaseport.payments where id = ?", payment)
        .get(0, String.class);
  }

  @Test
  void aDueChargeIsClaimedOnceWithItsPendingPaymentAndEverythingStripeNeeds() {
    UUID charge = rentCharge(DUE);
    rentCharge(DUE.plusMonths(1));

    List<AutopayClaim> claimed = claims.claimDue(DUE, FEE);

    assertThat(claimed).hasSize(1);
    AutopayClaim claim = claimed.get(0);
    assertThat(claim.chargeId()).isEqualTo(charge);
    assertThat(claim.payerId()).isEqualTo(renter.userId());
    assertThat(claim.amount().amount()).isEqualTo(150000);
    assertThat(claim.applicationFee().amount()).isEqualTo(3750);
    assertThat(claim.destinationAccount()).isEqualTo("acct_autopay");
    assertThat(claim.customerId()).startsWith("cus_");
    assertThat(claim.paymentMethodId()).isEqualTo("pm_autopay");
    assertThat(paymentStatus(claim.paymentId())).isEqualTo("PENDING");
    assertThat(claims.claimDue(DUE, FEE)).isEmpty();
  }

  @Test
  void nothingIsClaimedWithoutAutopayOrWhenTheOwnerCannotTakeCharges() {
    rentCharge(DUE);
    database()
        .superuser()
        .execute(
            "update leaseport.connected_accounts set charges_enabled = false where owner_id = ?",
            owner.userId());

    assertThat(claims.claimDue(DUE, FEE)).isEmpty();

    database()
        .superuser()
        .execute(
            "update leaseport.connected_accounts set charges_enabled = true where owner_id = ?",
            owner.userId());
    database()
        .superuser()
        .execute(
            "update leaseport.leases set autopay_payment_method_id = null where id = ?", lease);
    assertThat(claims.claimDue(DUE, FEE)).isEmpty();
  }

  @Test
  void aSecondServersClaimWaitsForTheFirstAndClaimsNothing() throws Exception {
    for (int month = 0; month < 5; month++) {
      rentCharge(DUE.minusMonths(month));
    }
    SystemTier first = systemTier(reason -> {});
    SystemTier second = new SystemTier(database().secondSystemAuthenticator(), reason -> {});
    CountDownLatch firstClaimed = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      // The first server claims and holds its transaction open; the second claims meanwhile.
      Future<Integer> firstCount =
          pool.submit(
              () ->
                  first.run(
                      SystemReason.SCHEDULED_JOB,
                      dsl -> {
                        int n = claimIn(dsl);
                        firstClaimed.countDown();
                        dsl.execute("select pg_sleep(1)");
                        return n;
                      }));
      firstClaimed.await();
      Future<Integer> secondCount =
          pool.submit(() -> second.run(SystemReason.SCHEDULED_JOB, this::claimIn));

      assertThat(firstCount.get()).isEqualTo(5);
      assertThat(secondCount.get()).isZero();
    } finally {
      pool.shutdownNow();
    }
    assertThat(database().count("select count(*) from leaseport.payments")).isEqualTo(5);
  }

  private int claimIn(org.jooq.DSLContext dsl) {
    return dsl.fetch(
            "select * from leaseport.claim_autopay_payments(?::date, 250, interval '10 minutes')",
            DUE)
        .size();
  }

  @Test
  void twoServersRunningAutopayAtOnceChargeEachChargeOnce() throws Exception {
    for (int month = 0; month < 6; month++) {
      rentCharge(DUE.minusMonths(month));
    }
    FakeStripe stripe = new FakeStripe(Set.of());
    RunAutopay serverA = new RunAutopay(claims, stripe, FEE);
    RunAutopay serverB =
        new RunAutopay(
            new SystemTierAutopayClaims(
                new SystemTier(database().secondSystemAuthenticator(), reason -> {})),
            stripe,
            FEE);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<AutopayRun> runs;
    try {
      List<Future<AutopayRun>> futures =
          List.of(serverA, serverB).stream()
              .map(
                  server ->
                      pool.submit(
                          () -> {
                            start.await();
                            return server.execute(DUE);
                          }))
              .toList();
      start.countDown();
      runs = List.of(futures.get(0).get(), futures.get(1).get());
    } finally {
      pool.shutdownNow();
    }

    assertThat(runs.stream().mapToInt(AutopayRun::claimed).sum()).isEqualTo(6);
    assertThat(runs.stream().mapToInt(AutopayRun::submitted).sum()).isEqualTo(6);
    assertThat(stripe.calls).hasSize(6);
    assertThat(stripe.calls.values()).containsOnly(1);
    assertThat(
            database()
                .count(
                    "select count(distinct charge_id) from leaseport.payments"
                        + " where stripe_payment_intent_id is not null"))
        .isEqualTo(6);
    assertThat(serverA.execute(DUE).claimed() + serverB.execute(DUE).claimed()).isZero();
  }

  @Test
  void aDeclineIsRecordedOnceToldToBothAndNotRetriedUntilTheNextDay() {
    UUID charge = rentCharge(DUE);
    FakeStripe stripe = new FakeStripe(Set.of(charge));
    RunAutopay autopay = new RunAutopay(claims, stripe, FEE);

    AutopayRun run = autopay.execute(DUE);

    assertThat(run.declined()).isEqualTo(1);
    UUID payment =
        database()
            .superuser()
            .fetchSingle("select id from leaseport.payments where charge_id = ?", charge)
            .get(0, UUID.class);
    assertThat(paymentStatus(payment)).isEqualTo("FAILED");
    assertThat(claims.recordDeclined(payment, "declined", "again"))
        .isEqualTo(AutopayOutcome.ALREADY_RECORDED);
    assertThat(notifications(renter, "PAYMENT_FAILED")).isEqualTo(1);
    assertThat(notifications(owner, "PAYMENT_FAILED")).isEqualTo(1);
    assertThat(chargeStatus(charge)).isEqualTo("OPEN");

    assertThat(autopay.execute(DUE).claimed()).isZero();
    assertThat(stripe.calls.get(charge)).isEqualTo(1);

    assertThat(autopay.execute(DUE.plusDays(1)).claimed()).isEqualTo(1);
    assertThat(stripe.calls.get(charge)).isEqualTo(2);
  }

  @Test
  void aClaimLeftByAStoppedServerIsTakenOverAfterAWhileAndChargedOnce() {
    rentCharge(DUE);
    AutopayClaim claimed = claims.claimDue(DUE, FEE).get(0);
    assertThat(claims.claimDue(DUE, FEE)).isEmpty();
    database()
        .superuser()
        .execute(
            "update leaseport.autopay_attempts set claimed_at = now() - interval '11 minutes'");

    List<AutopayClaim> takenOver = claims.claimDue(DUE, FEE);

    assertThat(takenOver).extracting(AutopayClaim::paymentId).containsExactly(claimed.paymentId());
    assertThat(takenOver.get(0).amount()).isEqualTo(claimed.amount());
    assertThat(claims.claimDue(DUE, FEE)).isEmpty();
    assertThat(claims.recordSubmitted(claimed.paymentId(), "pi_taken_over"))
        .isEqualTo(AutopayOutcome.SUBMITTED);
    assertThat(claims.recordSubmitted(claimed.paymentId(), "pi_taken_over"))
        .isEqualTo(AutopayOutcome.ALREADY_RECORDED);
  }

  @Test
  void aStaleClaimWhosePaymentStripesEventsMovedOnIsClosedWithoutAnotherCall() {
    rentCharge(DUE);
    AutopayClaim claimed = claims.claimDue(DUE, FEE).get(0);
    // Stripe's event found the payment by its metadata before the server recorded the answer.
    database()
        .superuser()
        .execute(
            "update leaseport.payments set stripe_payment_intent_id = 'pi_by_event',"
                + " status = 'PROCESSING' where id = ?",
            claimed.paymentId());
    database()
        .superuser()
        .execute(
            "update leaseport.autopay_attempts set claimed_at = now() - interval '11 minutes'");

    assertThat(claims.claimDue(DUE, FEE)).isEmpty();
    assertThat(
            database()
                .superuser()
                .fetchSingle("select status from leaseport.autopay_attempts")
                .get(0, String.class))
        .isEqualTo("SUBMITTED");
  }

  private String chargeStatus(UUID charge) {
    return database()
        .superuser()
        .fetchSingle("select status::text from leaseport.charges where id = ?", charge)
        .get(0, String.class);
  }

  /** Stripe as the autopay job sees it: counts charges per charge; declines the ones listed. */
  private static final class FakeStripe implements RentPayments {
    final Map<UUID, Integer> calls = new ConcurrentHashMap<>();
    private final Set<UUID> declining;
    private final AtomicInteger intents = new AtomicInteger();

    FakeStripe(Set<UUID> declining) {
      this.declining = declining;
    }

    @Override
    public boolean isConfigured() {
      return true;
    }

    @Override
    public StartedRentPayment start(RentPaymentRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public StartedRentPayment chargeSaved(RentPaymentRequest request) {
      calls.merge(request.chargeId(), 1, Integer::sum);
      if (declining.contains(request.chargeId())) {
        throw new PaymentDeclinedException("The payment method was declined (insufficient_funds)");
      }
      return new StartedRentPayment(
          "pi_" + intents.incrementAndGet(),
          "secret",
          dev.leaseport.domain.payment.PaymentStatus.PROCESSING);
    }

    @Override
    public String refund(RentRefundRequest request) {
      throw new UnsupportedOperationException();
    }
  }
}
