package dev.leaseport.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanCatalogTest {
  private final PlanCatalog catalog =
      new PlanCatalog(
          Plan.free(1, 5),
          List.of(
              new Plan("starter", Optional.of("price_starter"), "Starter", 3, 10),
              new Plan("pro", Optional.of("price_pro"), "Pro", 50, 500)),
          true);

  @Test
  void theFreePlanComesFirstThenThePaidPlansInTheOperatorsOrder() {
    assertThat(catalog.plans()).extracting(Plan::id).containsExactly("free", "starter", "pro");
  }

  @ParameterizedTest
  @EnumSource(
      value = SubscriptionStatus.class,
      names = {"TRIALING", "ACTIVE", "PAST_DUE"})
  void aSubscriptionThatGrantsItsPlanGetsIt(SubscriptionStatus status) {
    assertThat(catalog.planOf(Optional.of("pro"), Optional.of(status)).id()).isEqualTo("pro");
  }

  @ParameterizedTest
  @EnumSource(
      value = SubscriptionStatus.class,
      names = {"TRIALING", "ACTIVE", "PAST_DUE"},
      mode = EnumSource.Mode.EXCLUDE)
  void anyOtherStatusFallsBackToTheFreePlan(SubscriptionStatus status) {
    assertThat(catalog.planOf(Optional.of("pro"), Optional.of(status)).isFree()).isTrue();
  }

  @Test
  void aPlanTheOperatorNoLongerOffersFallsBackToTheFreePlan() {
    assertThat(catalog.planOf(Optional.of("retired"), Optional.of(SubscriptionStatus.ACTIVE)))
        .isEqualTo(catalog.free());
  }

  @Test
  void aStripePriceNamesItsPlan() {
    assertThat(catalog.planForPrice("price_pro")).map(Plan::id).contains("pro");
    assertThat(catalog.planForPrice("price_unknown")).isEmpty();
  }

  @Test
  void stripeStatusNamesRoundTrip() {
    assertThat(SubscriptionStatus.ofStripe("past_due")).contains(SubscriptionStatus.PAST_DUE);
    assertThat(SubscriptionStatus.ofStripe("bogus")).isEmpty();
  }

  @Test
  void twoPlansCannotShareAnId() {
    Plan one = new Plan("pro", Optional.of("price_1"), "Pro", 1, 1);
    Plan two = new Plan("pro", Optional.of("price_2"), "Pro again", 1, 1);

    assertThatThrownBy(() -> new PlanCatalog(Plan.free(1, 5), List.of(one, two), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPaidPlanCannotBeCalledFree() {
    Plan free = new Plan("free", Optional.of("price_1"), "Not free", 1, 1);

    assertThatThrownBy(() -> new PlanCatalog(Plan.free(1, 5), List.of(free), true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
