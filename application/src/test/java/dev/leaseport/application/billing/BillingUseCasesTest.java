package dev.leaseport.application.billing;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static dev.leaseport.domain.testdata.PlanTestData.billedCatalog;
import static dev.leaseport.domain.testdata.PlanTestData.unbilledCatalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeSubscriptionBilling;
import dev.leaseport.application.fakes.FakeSubscriptionRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.billing.BillingReturnUrls;
import dev.leaseport.domain.billing.OwnerSubscription;
import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.SubscriptionStatus;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.CheckoutRequest;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.net.URI;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BillingUseCasesTest {
  private static final BillingReturnUrls URLS =
      BillingReturnUrls.under("https://app.example.test/");

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakeSubscriptionRepository subscriptions =
      new FakeSubscriptionRepository(transactions);
  private final FakeSubscriptionBilling billing = new FakeSubscriptionBilling();

  private ListPlans listPlans(PlanCatalog plans) {
    return new ListPlans(plans);
  }

  private GetMySubscription getSubscription(PlanCatalog plans) {
    return new GetMySubscription(transactions, subscriptions, plans);
  }

  private StartCheckout checkout(PlanCatalog plans) {
    return new StartCheckout(transactions, subscriptions, billing, plans, URLS);
  }

  private OpenBillingPortal portal(PlanCatalog plans) {
    return new OpenBillingPortal(transactions, subscriptions, billing, plans, URLS);
  }

  static Stream<Named<BiConsumer<BillingUseCasesTest, PlanCatalogAndCaller>>> actions() {
    return Stream.of(
        Named.of("ListPlans", (t, a) -> t.listPlans(a.plans()).execute(a.caller())),
        Named.of("GetMySubscription", (t, a) -> t.getSubscription(a.plans()).execute(a.caller())),
        Named.of("StartCheckout", (t, a) -> t.checkout(a.plans()).execute(a.caller(), "starter")),
        Named.of("OpenBillingPortal", (t, a) -> t.portal(a.plans()).execute(a.caller())));
  }

  record PlanCatalogAndCaller(PlanCatalog plans, Caller caller) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void aTenantIsForbiddenAndNothingIsCalled(
      BiConsumer<BillingUseCasesTest, PlanCatalogAndCaller> action) {
    assertThatThrownBy(
            () -> action.accept(this, new PlanCatalogAndCaller(billedCatalog(), tenant())))
        .isInstanceOf(ForbiddenException.class);

    assertThat(transactions.callers()).isEmpty();
    assertThat(billing.calls()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("actions")
  void withoutBillingConfiguredEveryActionIsPaymentsNotConfigured(
      BiConsumer<BillingUseCasesTest, PlanCatalogAndCaller> action) {
    assertThatThrownBy(
            () -> action.accept(this, new PlanCatalogAndCaller(unbilledCatalog(), owner())))
        .isInstanceOfSatisfying(
            UnavailableException.class,
            e -> assertThat(e.code()).isEqualTo("payments-not-configured"));

    assertThat(billing.calls()).isEmpty();
  }

  @Test
  void thePlansAreTheFreePlanThenThePaidOnes() {
    assertThat(listPlans(billedCatalog()).execute(owner()))
        .extracting(Plan::id)
        .containsExactly("free", "starter", "pro");
  }

  @Test
  void anOwnerWithoutASubscriptionIsOnTheFreePlan() {
    OwnerSubscription own = getSubscription(billedCatalog()).execute(owner());

    assertThat(own.plan().isFree()).isTrue();
    assertThat(own.subscription()).isEmpty();
  }

  @Test
  void anActiveSubscriptionNamesItsPlan() {
    Caller owner = owner();
    subscriptions.store(owner.userId(), "cus_1", "pro", SubscriptionStatus.ACTIVE);

    assertThat(getSubscription(billedCatalog()).execute(owner).plan().id()).isEqualTo("pro");
  }

  @Test
  void theFirstCheckoutCreatesTheCustomerOnceUnderAKeyOfTheOwnerAndStoresIt() {
    Caller owner = owner();

    URI url = checkout(billedCatalog()).execute(owner, "starter");

    assertThat(url).hasToString("https://checkout.example.test/c/price_starter");
    assertThat(billing.calls()).containsExactly("createCustomer", "startCheckout");
    assertThat(billing.keys().get(0).value()).isEqualTo("leaseport:customer:" + owner.userId());
    CheckoutRequest request = billing.checkouts().get(0);
    assertThat(request.ownerId()).isEqualTo(owner.userId());
    assertThat(request.customerId())
        .isEqualTo(subscriptions.stored().orElseThrow().stripeCustomerId());
    assertThat(request.successUrl())
        .hasToString("https://app.example.test/billing?checkout=success");
  }

  @Test
  void aLaterCheckoutReusesTheStoredCustomerWithANewKey() {
    Caller owner = owner();
    checkout(billedCatalog()).execute(owner, "starter");

    checkout(billedCatalog()).execute(owner, "pro");

    assertThat(billing.calls()).containsExactly("createCustomer", "startCheckout", "startCheckout");
    assertThat(billing.keys().get(1)).isNotEqualTo(billing.keys().get(2));
  }

  @Test
  void anUnknownPlanIsAValidationErrorOnPlanIdAndCallsNothing() {
    assertThatThrownBy(() -> checkout(billedCatalog()).execute(owner(), "platinum"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("planId"));
    assertThat(billing.calls()).isEmpty();
  }

  @Test
  void theFreePlanCannotBeCheckedOut() {
    assertThatThrownBy(() -> checkout(billedCatalog()).execute(owner(), "free"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anOwnerWithALiveSubscriptionIsSentToThePortalInsteadOfASecondCheckout() {
    Caller owner = owner();
    subscriptions.store(owner.userId(), "cus_1", "starter", SubscriptionStatus.ACTIVE);

    assertThatThrownBy(() -> checkout(billedCatalog()).execute(owner, "pro"))
        .isInstanceOf(ConflictException.class);
    assertThat(billing.calls()).isEmpty();
  }

  @Test
  void aCanceledSubscriptionMayCheckOutAgainWithTheSameCustomer() {
    Caller owner = owner();
    subscriptions.store(owner.userId(), "cus_1", "starter", SubscriptionStatus.CANCELED);

    checkout(billedCatalog()).execute(owner, "pro");

    assertThat(billing.checkouts().get(0).customerId()).isEqualTo("cus_1");
    assertThat(billing.calls()).containsExactly("startCheckout");
  }

  @Test
  void whenStripeFailsCreatingTheCustomerNothingIsStored() {
    billing.failing();

    assertThatThrownBy(() -> checkout(billedCatalog()).execute(owner(), "starter"))
        .isInstanceOf(DomainException.class);
    assertThat(subscriptions.stored()).isEmpty();
  }

  @Test
  void thePortalOpensForTheStoredCustomerAndReturnsToTheBillingPage() {
    Caller owner = owner();
    subscriptions.store(owner.userId(), "cus_1", "starter", SubscriptionStatus.ACTIVE);

    URI url = portal(billedCatalog()).execute(owner);

    assertThat(url).hasToString("https://portal.example.test/p/cus_1");
    assertThat(billing.calls()).containsExactly("openPortal:cus_1");
  }
}
