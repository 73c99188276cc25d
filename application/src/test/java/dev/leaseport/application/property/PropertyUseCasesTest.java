package dev.leaseport.application.property;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static dev.leaseport.domain.testdata.PlanTestData.unbilledCatalog;
import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.PropertyTestData.noPropertyChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakePlanUsageRepository;
import dev.leaseport.application.fakes.FakePropertyRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PropertyUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakePropertyRepository properties = new FakePropertyRepository(transactions);
  private final FakePlanUsageRepository usage = new FakePlanUsageRepository(transactions);
  private final CreateProperty create =
      new CreateProperty(transactions, properties, unbilledCatalog(), usage);
  private final GetProperty get = new GetProperty(transactions, properties);
  private final ListProperties list = new ListProperties(transactions, properties);
  private final UpdateProperty update = new UpdateProperty(transactions, properties);
  private final DeleteProperty delete = new DeleteProperty(transactions, properties);
  private final ArchiveProperty archive = new ArchiveProperty(transactions, properties);

  /** Each owner-only action, run for a caller against some property id. */
  static Stream<Named<BiConsumer<PropertyUseCasesTest, Caller>>> ownerOnlyActions() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("CreateProperty", (t, c) -> t.create.execute(c, newProperty())),
        Named.of("GetProperty", (t, c) -> t.get.execute(c, id)),
        Named.of(
            "ListProperties",
            (t, c) ->
                t.list.execute(
                    c,
                    PropertyFilter.none(),
                    Sort.ascending(PropertySortField.NAME),
                    new PageRequest(20, 0))),
        Named.of(
            "UpdateProperty",
            (t, c) -> t.update.execute(c, id, noPropertyChanges(), Versioned.any())),
        Named.of("DeleteProperty", (t, c) -> t.delete.execute(c, id, Versioned.any())),
        Named.of("ArchiveProperty", (t, c) -> t.archive.execute(c, id)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerOnlyActions")
  void aTenantIsForbiddenAndTheRepositoryIsNeverTouched(
      BiConsumer<PropertyUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, tenant())).isInstanceOf(ForbiddenException.class);

    assertThat(properties.calls()).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void anOwnerCreatesAPropertyOwnedByThemInTheirOwnTransaction() {
    Caller owner = owner();

    Property created = create.execute(owner, newProperty());

    assertThat(created.ownerId()).isEqualTo(owner.userId());
    assertThat(transactions.callers()).containsExactly(owner);
    assertThat(properties.calls()).containsExactly("create");
  }

  @Test
  void anOwnerReadsAVisibleProperty() {
    Property stored = properties.add(UUID.randomUUID(), newProperty());

    assertThat(get.execute(owner(), stored.id())).isEqualTo(stored);
  }

  @Test
  void anInvisiblePropertyIsNotFoundWhenRead() {
    assertThatThrownBy(() -> get.execute(owner(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Property not found");
  }

  @Test
  void anInvisiblePropertyIsNotFoundWhenUpdated() {
    assertThatThrownBy(
            () -> update.execute(owner(), UUID.randomUUID(), noPropertyChanges(), Versioned.any()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anInvisiblePropertyIsNotFoundWhenDeleted() {
    assertThatThrownBy(() -> delete.execute(owner(), UUID.randomUUID(), Versioned.any()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOwnerDeletesAVisibleProperty() {
    Property stored = properties.add(UUID.randomUUID(), newProperty());

    delete.execute(owner(), stored.id(), Versioned.exactly(1));

    assertThatThrownBy(() -> get.execute(owner(), stored.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOwnerListsTheVisibleProperties() {
    properties.add(UUID.randomUUID(), newProperty());
    properties.add(UUID.randomUUID(), newProperty());

    assertThat(
            list.execute(
                    owner(),
                    PropertyFilter.none(),
                    Sort.ascending(PropertySortField.NAME),
                    new PageRequest(20, 0))
                .total())
        .isEqualTo(2);
  }

  @Test
  void anOwnerArchivesAnActivePropertyWithOneWrite() {
    Property stored = properties.add(UUID.randomUUID(), newProperty());

    archive.execute(owner(), stored.id());

    assertThat(properties.calls()).containsExactly("findById", "update");
    assertThat(properties.changes())
        .containsExactly(PropertyChanges.status(PropertyStatus.ARCHIVED));
  }

  @Test
  void anArchivedPropertyIsAnsweredAsItIsWithoutAWrite() {
    NewProperty active = newProperty();
    Property stored =
        properties.add(
            UUID.randomUUID(),
            new NewProperty(
                active.name(),
                active.address(),
                active.propertyType(),
                PropertyStatus.ARCHIVED,
                active.description()));

    assertThat(archive.execute(owner(), stored.id())).isEqualTo(stored);
    assertThat(properties.calls()).containsExactly("findById");
  }

  @Test
  void anInvisiblePropertyIsNotFoundWhenArchived() {
    assertThatThrownBy(() -> archive.execute(owner(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Property not found");
    assertThat(properties.calls()).containsExactly("findById");
  }
}
