package dev.leaseport.application.billing;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.PlanTestData.billedCatalog;
import static dev.leaseport.domain.testdata.PlanTestData.unbilledCatalog;
import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.UnitTestData.newUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakePlanUsageRepository;
import dev.leaseport.application.fakes.FakePropertyRepository;
import dev.leaseport.application.fakes.FakeUnitRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.unit.CreateUnit;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.SubscriptionStatus;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ErrorKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanLimitsInCreateUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakePropertyRepository properties = new FakePropertyRepository(transactions);
  private final FakeUnitRepository units = new FakeUnitRepository(transactions);
  private final FakePlanUsageRepository usage = new FakePlanUsageRepository(transactions);

  private CreateProperty createProperty(PlanCatalog plans) {
    return new CreateProperty(transactions, properties, plans, usage);
  }

  private CreateUnit createUnit(PlanCatalog plans) {
    return new CreateUnit(transactions, units, plans, usage);
  }

  @Test
  void anOwnerBelowTheFreePropertyLimitCreatesAProperty() {
    usage.freePlanWith(0, 0);

    createProperty(billedCatalog()).execute(owner(), newProperty());

    assertThat(usage.locks()).isEqualTo(1);
    assertThat(properties.calls()).containsExactly("create");
  }

  @Test
  void anOwnerAtTheFreePropertyLimitIsRefusedNamingTheLimitAndNothingIsCreated() {
    usage.freePlanWith(1, 0);

    assertThatThrownBy(() -> createProperty(billedCatalog()).execute(owner(), newProperty()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
              assertThat(e.code()).isEqualTo("plan-limit-reached");
            })
        .hasMessageContaining("allows 1 property");
    assertThat(properties.calls()).isEmpty();
  }

  @Test
  void anOwnerAtTheFreeUnitLimitIsRefusedNamingTheLimit() {
    usage.freePlanWith(1, 5);

    assertThatThrownBy(
            () -> createUnit(billedCatalog()).execute(owner(), newUnit(UUID.randomUUID())))
        .hasMessage("Your Free plan allows 5 units; upgrade your plan to add more");
    assertThat(units.calls()).isEmpty();
  }

  @Test
  void anOwnerOneBelowTheUnitLimitCreatesAUnit() {
    usage.freePlanWith(1, 4);

    createUnit(billedCatalog()).execute(owner(), newUnit(UUID.randomUUID()));

    assertThat(units.calls()).containsExactly("create");
  }

  @Test
  void anActiveSubscriptionRaisesTheLimitToItsPlan() {
    usage.subscribedWith("starter", SubscriptionStatus.ACTIVE, 2, 9);

    createProperty(billedCatalog()).execute(owner(), newProperty());
    createUnit(billedCatalog()).execute(owner(), newUnit(UUID.randomUUID()));

    assertThat(properties.calls()).containsExactly("create");
    assertThat(units.calls()).containsExactly("create");
  }

  @Test
  void aCanceledSubscriptionFallsBackToTheFreePlan() {
    usage.subscribedWith("starter", SubscriptionStatus.CANCELED, 1, 0);

    assertThatThrownBy(() -> createProperty(billedCatalog()).execute(owner(), newProperty()))
        .hasMessageContaining("Your Free plan allows 1 property");
  }

  @Test
  void withoutBillingConfiguredNoLimitAppliesAndNoLockIsTaken() {
    usage.freePlanWith(1_000, 10_000);

    createProperty(unbilledCatalog()).execute(owner(), newProperty());
    createUnit(unbilledCatalog()).execute(owner(), newUnit(UUID.randomUUID()));

    assertThat(usage.locks()).isZero();
    assertThat(properties.calls()).containsExactly("create");
    assertThat(units.calls()).containsExactly("create");
  }
}
