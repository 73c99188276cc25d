package dev.leaseport.adapters.persistence.paymentmethod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.testing.SavedMethods;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import dev.leaseport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A renter's saved methods and Stripe customer, as the user tier shows and changes them. */
class PaymentMethodRepositoryTest extends DatabaseTest {
  private final JooqPaymentMethodRepository methods = new JooqPaymentMethodRepository(transactions);
  private static final PageRequest PAGE = new PageRequest(20, 0);
  private SavedMethods saved;
  private Caller renter;

  @BeforeEach
  void aRenter() {
    saved = new SavedMethods(database());
    renter = newTenant();
  }

  @Test
  void theRenterSeesTheirMethodsTheDefaultFirstWithWhatStripeReported() {
    UUID first = saved.card(renter, "pm_first");
    UUID second = saved.card(renter, "pm_second");

    var page = as(renter, () -> methods.listMine(new PageRequest(1, 1)));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(SavedPaymentMethod::id).containsExactly(second);
    List<SavedPaymentMethod> mine = as(renter, () -> methods.listMine(PAGE).items());

    assertThat(mine).extracting(SavedPaymentMethod::id).containsExactly(first, second);
    SavedPaymentMethod card = mine.get(0);
    assertThat(card.isDefault()).isTrue();
    assertThat(card.kind()).isEqualTo(PaymentMethodKind.CARD);
    assertThat(card.providerId()).isEqualTo("pm_first");
    assertThat(card.brand()).hasValue("visa");
    assertThat(card.last4()).hasValue("4242");
    assertThat(card.expMonth()).hasValue(8);
    assertThat(card.expYear()).hasValue(2031);
    assertThat(card.bankName()).isEmpty();
    assertThat(mine.get(1).isDefault()).isFalse();
  }

  @Test
  void nobodyElseSeesOrChangesARentersMethods() {
    UUID card = saved.card(renter, "pm_mine");
    Caller otherRenter = newTenant();
    Caller owner = newOwner();

    for (Caller other : List.of(otherRenter, owner)) {
      assertThat(as(other, () -> methods.listMine(PAGE).items())).isEmpty();
      assertThat(as(other, () -> methods.findMine(card))).isEmpty();
      assertThat(as(other, () -> methods.makeDefault(card))).isFalse();
      assertThat(as(other, () -> methods.delete(card))).isFalse();
    }
    assertThat(as(renter, () -> methods.findMine(card))).isPresent();
  }

  @Test
  void makingAMethodTheDefaultClearsThePreviousDefault() {
    UUID first = saved.card(renter, "pm_a");
    UUID second = saved.card(renter, "pm_b");

    assertThat(as(renter, () -> methods.makeDefault(second))).isTrue();

    assertThat(as(renter, () -> methods.findMine(second)).orElseThrow().isDefault()).isTrue();
    assertThat(as(renter, () -> methods.findMine(first)).orElseThrow().isDefault()).isFalse();
    assertThat(as(renter, () -> methods.makeDefault(second))).isTrue();
    assertThat(defaults()).isEqualTo(1);
  }

  @Test
  void manyDefaultChangesAtOnceLeaveExactlyOneDefault() throws Exception {
    List<UUID> cards =
        IntStream.range(0, 4).mapToObj(i -> saved.card(renter, "pm_race" + i)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results =
          cards.stream()
              .map(
                  card ->
                      pool.submit(
                          () -> {
                            start.await();
                            return as(renter, () -> methods.makeDefault(card));
                          }))
              .toList();
      start.countDown();
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(defaults()).isEqualTo(1);
  }

  @Test
  void removingTheDefaultMakesTheNewestRemainingMethodTheDefault() {
    UUID first = saved.card(renter, "pm_1");
    saved.card(renter, "pm_2");
    UUID newest = saved.card(renter, "pm_3");

    assertThat(as(renter, () -> methods.delete(first))).isTrue();

    assertThat(as(renter, () -> methods.findMine(first))).isEmpty();
    assertThat(as(renter, () -> methods.findMine(newest)).orElseThrow().isDefault()).isTrue();
    assertThat(defaults()).isEqualTo(1);
  }

  @Test
  void removingTheLastMethodLeavesNoDefault() {
    UUID only = saved.card(renter, "pm_only");

    assertThat(as(renter, () -> methods.delete(only))).isTrue();

    assertThat(as(renter, () -> methods.listMine(PAGE).items())).isEmpty();
    assertThat(as(renter, () -> methods.delete(only))).isFalse();
  }

  @Test
  void theCustomerIsStoredOnceAndTheFirstStoredWins() {
    assertThat(as(renter, methods::myCustomerId)).isEmpty();

    assertThat(as(renter, () -> methods.rememberMyCustomer("cus_first"))).isEqualTo("cus_first");
    assertThat(as(renter, () -> methods.rememberMyCustomer("cus_second"))).isEqualTo("cus_first");

    assertThat(as(renter, methods::myCustomerId)).hasValue("cus_first");
  }

  @Test
  void racingRequestsStoreOneCustomerAndAllGetIt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> stored =
          IntStream.range(0, 6)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            return as(renter, () -> methods.rememberMyCustomer("cus_race" + i));
                          }))
              .toList();
      start.countDown();
      String winner = stored.get(0).get();
      for (Future<String> each : stored) {
        assertThat(each.get()).isEqualTo(winner);
      }
      assertThat(as(renter, methods::myCustomerId)).hasValue(winner);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRenterCannotWriteTheCustomerIdOfTheirRowDirectly() {
    Optional<String> before = as(renter, methods::myCustomerId);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                as(
                    renter,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "update leaseport.users set stripe_customer_id = 'cus_forged'"
                                    + " where id = auth.uid()")))
        .isNotNull();
    assertThat(as(renter, methods::myCustomerId)).isEqualTo(before);
  }

  @Test
  void aCustomerIdThatIsNotStripesIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> as(renter, () -> methods.rememberMyCustomer("acct_1; drop")))
        .isInstanceOf(dev.leaseport.domain.shared.ValidationException.class);
    assertThat(as(renter, methods::myCustomerId)).isEmpty();
  }

  private long defaults() {
    return database()
        .count(
            "select count(*) from leaseport.payment_methods where user_id = ? and is_default",
            renter.userId());
  }
}
