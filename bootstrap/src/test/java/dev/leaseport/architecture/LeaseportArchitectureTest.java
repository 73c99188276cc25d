package dev.leaseport.architecture;

import static dev.leaseport.architecture.ArchitectureFixtures.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeaseportArchitectureTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.leaseport.architecture.ArchitectureFixtures#everyRule")
  void leaseportObeysTheRule(Function<String, ArchRule> rule) {
    rule.apply(LeaseportArchitecture.PRODUCTION_ROOT).check(PRODUCTION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.leaseport.architecture.ArchitectureFixtures#everyRule")
  void theRuleFailsRatherThanPassingVacuouslyWhenItsPackagesHoldNoClasses(
      Function<String, ArchRule> rule) {
    ArchRule overNothing = rule.apply("dev.leaseport.no.such.root");

    assertThatThrownBy(() -> overNothing.check(PRODUCTION))
        .isInstanceOf(AssertionError.class)
        .message()
        .containsAnyOf("failed to check any classes", "is empty");
  }

  @Test
  void theProductionImportSeesEveryModuleButNoTestClass() {
    assertThat(PRODUCTION.containPackage("dev.leaseport.domain.shared")).isTrue();
    assertThat(PRODUCTION.containPackage("dev.leaseport.application.property")).isTrue();
    assertThat(PRODUCTION.containPackage("dev.leaseport.adapters.persistence.system")).isTrue();
    assertThat(PRODUCTION.containPackage("dev.leaseport.adapters.rest.security")).isTrue();
    assertThat(PRODUCTION.containPackage("dev.leaseport.bootstrap.config")).isTrue();
    assertThat(PRODUCTION.containPackage(ArchitectureFixtures.FIXTURE_ROOT)).isFalse();
    assertThat(PRODUCTION.containPackage("dev.leaseport.domain.testdata")).isFalse();
    assertThat(PRODUCTION.contain(LeaseportArchitectureTest.class)).isFalse();
  }

  @Test
  void theSystemTierRuleSeesTheRealAccessorsOfTheSystemTier() {
    String systemTier = "dev.leaseport." + LeaseportArchitecture.SYSTEM_TIER;

    assertThat(PRODUCTION.get(systemTier).getDirectDependenciesToSelf())
        .extracting(d -> d.getOriginClass().getName())
        .containsOnly(
            "dev.leaseport.adapters.persistence.jobs.DatabaseJobRunner",
            "dev.leaseport.adapters.persistence.jobs.SystemTierAutopayClaims",
            "dev.leaseport.adapters.persistence.webhooks.StripeWebhookInbox",
            "dev.leaseport.adapters.persistence.webhooks.SystemTierPaymentEventLog",
            "dev.leaseport.bootstrap.wiring.PersistenceWiring");
  }

  @Test
  void everyDocumentedExtraUseCaseMethodStillExists() {
    LeaseportArchitecture.USE_CASES_WITH_EXTRA_METHODS.forEach(
        (useCase, methods) -> {
          JavaClass javaClass = PRODUCTION.get("dev.leaseport." + useCase);
          assertThat(javaClass.getMethods())
              .filteredOn(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
              .extracting(m -> m.getName())
              .containsAll(methods);
        });
  }
}
