package dev.leaseport.adapters.rest.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.billing.OwnerSubscription;
import dev.leaseport.domain.billing.Plan;
import dev.leaseport.domain.billing.Subscription;
import dev.leaseport.domain.billing.SubscriptionStatus;
import dev.leaseport.domain.shared.ValidationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BillingJsonTest {
  private static final Plan PRO = new Plan("pro", Optional.of("price_pro"), "Pro", 50, 500);

  @Test
  void anOwnerWithoutASubscriptionShowsTheFreePlanAndNoStatus() {
    SubscriptionJson json =
        SubscriptionJson.of(new OwnerSubscription(Plan.free(1, 5), Optional.empty()));

    assertThat(json.plan()).isEqualTo(new PlanJson("free", "Free", true, 1, 5));
    assertThat(json.status()).isNull();
    assertThat(json.currentPeriodEnd()).isNull();
    assertThat(json.cancelAtPeriodEnd()).isFalse();
  }

  @Test
  void aSubscriptionShowsStripesStatusNameAndItsPeriod() {
    Instant end = Instant.parse("2027-01-01T00:00:00Z");
    Subscription subscription =
        new Subscription(
            UUID.randomUUID(),
            "cus_1",
            Optional.of("sub_1"),
            Optional.of("pro"),
            Optional.of(SubscriptionStatus.PAST_DUE),
            Optional.of(end),
            true,
            3);

    SubscriptionJson json =
        SubscriptionJson.of(new OwnerSubscription(PRO, Optional.of(subscription)));

    assertThat(json.plan().id()).isEqualTo("pro");
    assertThat(json.plan().free()).isFalse();
    assertThat(json.status()).isEqualTo("past_due");
    assertThat(json.currentPeriodEnd()).isEqualTo(end);
    assertThat(json.cancelAtPeriodEnd()).isTrue();
  }

  @Test
  void theDocumentedCheckoutExampleIsAValidRequest() {
    assertThat(
            JsonRecords.read(CheckoutSessionRequest.class, ApiExamples.CHECKOUT_SESSION).planId())
        .isEqualTo("starter");
  }

  @Test
  void aCheckoutWithoutAPlanIsAValidationErrorOnPlanIdBeforeAnythingIsCalled() {
    BillingResource resource = new BillingResource();

    assertThatThrownBy(() -> resource.checkoutSession(new CheckoutSessionRequest(" ")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("planId"));
    assertThatThrownBy(() -> resource.checkoutSession(null))
        .isInstanceOf(ValidationException.class);
  }
}
