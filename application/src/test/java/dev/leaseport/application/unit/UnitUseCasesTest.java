package dev.leaseport.application.unit;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static dev.leaseport.domain.testdata.PlanTestData.unbilledCatalog;
import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.UnitTestData.newUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakePlanUsageRepository;
import dev.leaseport.application.fakes.FakePropertyRepository;
import dev.leaseport.application.fakes.FakeUnitRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitSortField;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnitUseCasesTest {
  private static final Sort<UnitSortField> BY_NUMBER = Sort.ascending(UnitSortField.UNIT_NUMBER);
  private static final PageRequest FIRST_PAGE = new PageRequest(20, 0);

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakePropertyRepository properties = new FakePropertyRepository(transactions);
  private final FakeUnitRepository units = new FakeUnitRepository(transactions);
  private final FakePlanUsageRepository usage = new FakePlanUsageRepository(transactions);
  private final CreateUnit create = new CreateUnit(transactions, units, unbilledCatalog(), usage);
  private final GetUnit get = new GetUnit(transactions, units);
  private final UpdateUnit update = new UpdateUnit(transactions, units);
  private final DeleteUnit delete = new DeleteUnit(transactions, units);
  private final ListUnits list = new ListUnits(transactions, properties, units);

  /** Each owner-only action, run for a caller against some ids. */
  static Stream<Named<BiConsumer<UnitUseCasesTest, Caller>>> ownerOnlyActions() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("CreateUnit", (t, c) -> t.create.execute(c, newUnit(id))),
        Named.of("UpdateUnit", (t, c) -> t.update.execute(c, id, noChanges(), Versioned.any())),
        Named.of("DeleteUnit", (t, c) -> t.delete.execute(c, id, Versioned.any())),
        Named.of(
            "ListUnits.ofProperty",
            (t, c) -> t.list.ofProperty(c, id, allUnits(), BY_NUMBER, FIRST_PAGE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerOnlyActions")
  void aTenantIsForbiddenAndNoRepositoryIsTouched(BiConsumer<UnitUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, tenant())).isInstanceOf(ForbiddenException.class);

    assertThat(units.calls()).isEmpty();
    assertThat(properties.calls()).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void aTenantMayReadAUnitRowLevelSecurityLetsThemSee() {
    Unit leased = units.add(UUID.randomUUID(), newUnit(UUID.randomUUID()));
    Caller tenant = tenant();

    assertThat(get.execute(tenant, leased.id())).isEqualTo(leased);
    assertThat(transactions.callers()).containsExactly(tenant);
  }

  @Test
  void aTenantMayUseTheFlatListWhichRowLevelSecurityScopes() {
    units.add(UUID.randomUUID(), newUnit(UUID.randomUUID()));

    assertThat(list.execute(tenant(), allUnits(), BY_NUMBER, FIRST_PAGE).items()).hasSize(1);
  }

  @Test
  void anInvisibleUnitIsNotFoundWhenRead() {
    assertThatThrownBy(() -> get.execute(owner(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unit not found");
  }

  @Test
  void anInvisibleUnitIsNotFoundWhenUpdated() {
    assertThatThrownBy(
            () -> update.execute(owner(), UUID.randomUUID(), noChanges(), Versioned.any()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anInvisibleUnitIsNotFoundWhenDeleted() {
    assertThatThrownBy(() -> delete.execute(owner(), UUID.randomUUID(), Versioned.any()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOwnerCreatesAUnitOwnedByThem() {
    Caller owner = owner();

    Unit created = create.execute(owner, newUnit(UUID.randomUUID()));

    assertThat(created.ownerId()).isEqualTo(owner.userId());
    assertThat(units.calls()).containsExactly("create");
  }

  @Test
  void theUnitsOfAnInvisiblePropertyAreNotFoundRatherThanAnEmptyPage() {
    assertThatThrownBy(
            () -> list.ofProperty(owner(), UUID.randomUUID(), allUnits(), BY_NUMBER, FIRST_PAGE))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Property not found");

    assertThat(units.calls()).isEmpty();
  }

  @Test
  void theUnitsOfAVisiblePropertyAreListedForThatPropertyOnly() {
    Property property = properties.add(UUID.randomUUID(), newProperty());
    Unit inside = units.add(property.ownerId(), newUnit(property.id()));
    units.add(property.ownerId(), newUnit(UUID.randomUUID()));

    Page<Unit> page = list.ofProperty(owner(), property.id(), allUnits(), BY_NUMBER, FIRST_PAGE);

    assertThat(page.items()).containsExactly(inside);
    assertThat(units.listFilters())
        .extracting(UnitFilter::propertyId)
        .containsExactly(Optional.of(property.id()));
  }

  private static UnitFilter allUnits() {
    return new UnitFilter(
        Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalLong.empty());
  }

  private static UnitChanges noChanges() {
    return new UnitChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }
}
