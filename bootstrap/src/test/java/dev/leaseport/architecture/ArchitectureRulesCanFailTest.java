package dev.leaseport.architecture;

import static dev.leaseport.architecture.ArchitectureFixtures.BROKEN;
import static dev.leaseport.architecture.ArchitectureFixtures.FIXTURE_ROOT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

/**
 * Each rule, built for the fixture root, must fail on the fixture that breaks it and name the
 * offending class, while leaving the fixture's clean classes alone.
 */
class ArchitectureRulesCanFailTest {
  private static final String FIXTURE = FIXTURE_ROOT + ".";

  // A violation names its origin as "<class.member>"; a clean class may still appear as a target.

  @Test
  void inwardDependenciesFailWhenTheDomainUsesAUseCase() {
    violations(LeaseportArchitecture.dependenciesPointInward(FIXTURE_ROOT))
        .contains(FIXTURE + "domain.DomainReachingOutward")
        .doesNotContain("<" + FIXTURE + "domain.Lease.");
  }

  @Test
  void inwardDependenciesFailWhenOneAdapterUsesAnother() {
    violations(LeaseportArchitecture.dependenciesPointInward(FIXTURE_ROOT))
        .contains(FIXTURE + "adapters.persistence.property.PersistenceCallingRest");
  }

  @Test
  void inwardDependenciesFailWhenAnAdapterUsesBootstrap() {
    violations(LeaseportArchitecture.dependenciesPointInward(FIXTURE_ROOT))
        .contains(FIXTURE + "adapters.rest.RestReachingBootstrap")
        .doesNotContain("<" + FIXTURE + "adapters.rest.LeaseResource.");
  }

  @Test
  void domainPurityFailsWhenTheDomainUsesJakarta() {
    violations(LeaseportArchitecture.domainIsPureJava(FIXTURE_ROOT))
        .contains(FIXTURE + "domain.DomainUsingJakarta")
        .contains("jakarta.json.JsonObject")
        .doesNotContain("<" + FIXTURE + "domain.Lease.");
  }

  @Test
  void applicationPurityFailsWhenAUseCaseUsesJooq() {
    violations(LeaseportArchitecture.applicationIsPureJava(FIXTURE_ROOT))
        .contains(FIXTURE + "application.SloppyUseCase")
        .contains("org.jooq.DSLContext")
        .doesNotContain(FIXTURE + "application.SignLease");
  }

  @Test
  void applicationPurityFailsWhenAUseCaseCarriesAContainerAnnotation() {
    violations(LeaseportArchitecture.applicationIsPureJava(FIXTURE_ROOT))
        .contains(FIXTURE + "application.AnnotatedUseCase")
        .contains("jakarta.inject.Inject");
  }

  @Test
  void stripeConfinementFailsWhenTheDomainOrAUseCaseUsesAStripeClass() {
    violations(LeaseportArchitecture.stripeStaysInThePaymentsAdapter(FIXTURE_ROOT))
        .contains(FIXTURE + "domain.DomainUsingStripe")
        .contains(FIXTURE + "application.UseCaseUsingStripe")
        .contains("com.stripe.model.Account")
        .doesNotContain(FIXTURE + "adapters.payments.StripeAccounts")
        .doesNotContain("<" + FIXTURE + "domain.Lease.");
  }

  @Test
  void inwardDependenciesFailWhenTheRestAdapterCallsThePaymentsAdapter() {
    violations(LeaseportArchitecture.dependenciesPointInward(FIXTURE_ROOT))
        .contains(FIXTURE + "adapters.rest.RestCallingStripeDirectly");
  }

  @Test
  void systemTierConfinementFailsForARepositoryOutsideTheAllowedPackages() {
    violations(LeaseportArchitecture.systemTierIsConfined(FIXTURE_ROOT))
        .contains(FIXTURE + "adapters.persistence.property.PropertyStoreUsingSystemTier")
        .doesNotContain(FIXTURE + "adapters.persistence.webhooks.StripeWebhookInbox")
        .doesNotContain(FIXTURE + "bootstrap.wiring.SystemTierWiring");
  }

  @Test
  void wiringFailsWhenItRunsWorkInTheSystemTier() {
    violations(LeaseportArchitecture.wiringOnlyConstructsSystemTier(FIXTURE_ROOT))
        .contains(FIXTURE + "bootstrap.wiring.WiringRunningSystemWork")
        .doesNotContain(FIXTURE + "bootstrap.wiring.SystemTierWiring");
  }

  @Test
  void roleSettingFailsWhenARepositorySetsTheClaims() {
    violations(LeaseportArchitecture.roleAndClaimsAreSetOnlyByTheTiers(FIXTURE_ROOT))
        .contains(FIXTURE + "adapters.persistence.property.RepositorySwitchingRole")
        .doesNotContain("<" + FIXTURE + "adapters.persistence.tier.UserTierSettingClaims.");
  }

  @Test
  void useCaseShapeFailsForANonFinalMutableClassWithTwoPublicMethodsAndTwoConstructors() {
    String sloppy = FIXTURE + "application.SloppyUseCase";
    violations(LeaseportArchitecture.useCasesHaveOneExecuteMethod(FIXTURE_ROOT))
        .contains(sloppy + " is not final")
        .contains(sloppy + " has 2 public constructors")
        .contains(sloppy + " has a mutable field calls")
        .contains(sloppy + " has an undocumented public method helper")
        .doesNotContain(FIXTURE + "application.SignLease")
        .doesNotContain(FIXTURE + "application.AnnotatedUseCase")
        .doesNotContain("LeaseStore");
  }

  private static AbstractStringAssert<?> violations(ArchRule rule) {
    return assertThatThrownBy(() -> rule.check(BROKEN))
        .isInstanceOf(AssertionError.class)
        .message();
  }
}
