package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.billing.Plan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code LEASEPORT_PLANS} and the free plan's limits, checked with every other key. */
class PlanSettingsTest {

  @Test
  void withoutPlansThereAreNoPaidPlansAndTheFreePlanAllowsOnePropertyAndFiveUnits() {
    PlanSettings plans = load().plans();

    assertThat(plans.paid()).isEmpty();
    assertThat(plans.free()).isEqualTo(Plan.free(1, 5));
  }

  @Test
  void plansAreReadInOrderFromOneLine() {
    PlanSettings plans =
        load("LEASEPORT_PLANS", "starter:price_123:Starter:5:50; pro:price_4_5_6:Pro Plus:50:500;")
            .plans();

    assertThat(plans.paid())
        .containsExactly(
            new Plan("starter", Optional.of("price_123"), "Starter", 5, 50),
            new Plan("pro", Optional.of("price_4_5_6"), "Pro Plus", 50, 500));
  }

  @Test
  void theFreePlansLimitsCanBeSet() {
    PlanSettings plans =
        load("LEASEPORT_FREE_PLAN_PROPERTIES", "2", "LEASEPORT_FREE_PLAN_UNITS", "20").plans();

    assertThat(plans.free()).isEqualTo(Plan.free(2, 20));
  }

  @Test
  void everyProblemOfEveryPlanIsReportedTogetherWithTheOtherKeys() {
    List<String> problems =
        problems(
            "LEASEPORT_PLANS",
            "starter:price_1:Starter:5:50;Bad Id:nope::-1:x;starter:price_1:Again:1:1;short:price_9",
            "LEASEPORT_FREE_PLAN_UNITS",
            "many",
            "LEASEPORT_LOG_FORMAT",
            "xml");

    assertThat(problems)
        .containsExactlyInAnyOrder(
            "LEASEPORT_FREE_PLAN_UNITS must be a whole number from 0 to 1000000",
            "LEASEPORT_PLANS plan 2 ('Bad Id:nope::-1:x') needs an id of lower-case letters,"
                + " digits, '-' or '_' (at most 32), a Stripe price id (price_...), a name of 1 to"
                + " 60 characters, maxProperties as a whole number from 0 to 1000000, maxUnits as"
                + " a whole number from 0 to 1000000",
            "LEASEPORT_PLANS plan 3 ('starter:price_1:Again:1:1') needs an id no other plan has,"
                + " a price no other plan has",
            "LEASEPORT_PLANS plan 4 ('short:price_9') must be"
                + " id:stripePriceId:name:maxProperties:maxUnits",
            "LEASEPORT_LOG_FORMAT must be text or json");
  }

  @Test
  void thePaidPlansCannotTakeTheFreePlansId() {
    assertThat(problems("LEASEPORT_PLANS", "free:price_1:Free:1:1"))
        .containsExactly(
            "LEASEPORT_PLANS plan 1 ('free:price_1:Free:1:1') needs an id other than 'free',"
                + " which names the free plan");
  }

  @Test
  void demoDataWithBillingNeedsAFreePlanItFitsIn() {
    assertThat(
            problems(
                "LEASEPORT_DEMO_DATA", "true",
                "STRIPE_SECRET_KEY", "sk_test_1",
                "LEASEPORT_PLANS", "starter:price_1:Starter:5:50"))
        .containsExactly(
            "LEASEPORT_DEMO_DATA with billing configured needs a free plan of at least 2"
                + " properties and 4 units (LEASEPORT_FREE_PLAN_PROPERTIES,"
                + " LEASEPORT_FREE_PLAN_UNITS)");
    assertThat(
            load(
                    "LEASEPORT_DEMO_DATA", "true",
                    "STRIPE_SECRET_KEY", "sk_test_1",
                    "LEASEPORT_PLANS", "starter:price_1:Starter:5:50",
                    "LEASEPORT_FREE_PLAN_PROPERTIES", "2")
                .demoData())
        .isTrue();
  }

  @Test
  void theStartUpLineNamesThePlansAndTheFreeLimits() {
    String text = load("LEASEPORT_PLANS", "starter:price_1:Starter:5:50").toString();

    assertThat(text).contains("plans=starter", "freePlan=1/5");
  }

  private static LeaseportSettings load(String... keysAndValues) {
    return SettingsLoader.load(key -> Optional.ofNullable(local(keysAndValues).get(key)));
  }

  private static List<String> problems(String... keysAndValues) {
    try {
      load(keysAndValues);
    } catch (InvalidConfigurationException e) {
      return e.problems();
    }
    throw new AssertionError("the settings were accepted");
  }

  private static Map<String, String> local(String... keysAndValues) {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "local");
    env.put("LEASEPORT_HTTP_HOST", "127.0.0.1");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      env.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return env;
  }
}
