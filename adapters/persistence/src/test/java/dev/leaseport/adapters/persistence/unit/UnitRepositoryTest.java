package dev.leaseport.adapters.persistence.unit;

import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.UnitTestData.renumbered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.ValidationException;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitSortField;
import dev.leaseport.domain.unit.UnitStatus;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unit repository through the real user tier, as an owner. */
class UnitRepositoryTest extends DatabaseTest {
  private final JooqPropertyRepository properties = new JooqPropertyRepository(transactions);
  private final JooqUnitRepository units = new JooqUnitRepository(transactions);
  private Caller owner;
  private UUID propertyId;

  @BeforeEach
  void anOwnerWithAProperty() {
    owner = newOwner();
    propertyId = propertyOf(owner, "Main building");
  }

  @Test
  void createdUnitIsReadBackWithAllItsFieldsAtVersionOne() {
    Unit created =
        as(
            owner,
            () ->
                units.create(
                    owner.userId(),
                    new NewUnit(
                        propertyId,
                        " 4B ",
                        2,
                        new BigDecimal("1.5"),
                        850,
                        new Money(125_000, "eur"),
                        UnitStatus.VACANT)));

    Unit found = as(owner, () -> units.findById(created.id())).orElseThrow();

    assertThat(found).isEqualTo(created);
    assertThat(found.ownerId()).isEqualTo(owner.userId());
    assertThat(found.propertyId()).isEqualTo(propertyId);
    assertThat(found.unitNumber()).isEqualTo("4B");
    assertThat(found.bedrooms()).hasValue(2);
    assertThat(found.bathrooms())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("1.5"));
    assertThat(found.squareFeet()).hasValue(850);
    assertThat(found.rentAmount()).isEqualTo(new Money(125_000, "eur"));
    assertThat(found.status()).isEqualTo(UnitStatus.VACANT);
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void unitWithoutOptionalNumbersHasThemEmpty() {
    Unit created = as(owner, () -> units.create(owner.userId(), unit("1", 90_000, null)));

    assertThat(created.bedrooms()).isEmpty();
    assertThat(created.bathrooms()).isEmpty();
    assertThat(created.squareFeet()).isEmpty();
  }

  @Test
  void aSecondUnitWithTheSameNumberInThePropertyIsADuplicate() {
    as(owner, () -> units.create(owner.userId(), unit("7", 90_000, 1)));

    assertThatThrownBy(() -> as(owner, () -> units.create(owner.userId(), unit("7", 95_000, 2))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
  }

  @Test
  void theSameUnitNumberMayBeUsedInAnotherProperty() {
    UUID otherProperty = propertyOf(owner, "Annex");
    as(owner, () -> units.create(owner.userId(), unit("7", 90_000, 1)));

    Unit second =
        as(
            owner,
            () ->
                units.create(
                    owner.userId(),
                    new NewUnit(
                        otherProperty,
                        "7",
                        1,
                        null,
                        null,
                        new Money(90_000, "usd"),
                        UnitStatus.VACANT)));

    assertThat(second.propertyId()).isEqualTo(otherProperty);
  }

  @Test
  void creatingAUnitInAnotherOwnersPropertyIsNotFound() {
    Caller other = newOwner();
    UUID theirProperty = propertyOf(other, "Theirs");

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        units.create(
                            owner.userId(),
                            new NewUnit(
                                theirProperty,
                                "1",
                                1,
                                null,
                                null,
                                new Money(90_000, "usd"),
                                UnitStatus.VACANT))))
        .isInstanceOf(NotFoundException.class);
    assertThat(unitsInDatabase()).isZero();
  }

  @Test
  void creatingAUnitInAnotherOwnersPropertyIsNotFoundEvenWhenThatUnitNumberExists() {
    Caller other = newOwner();
    UUID theirProperty = propertyOf(other, "Theirs");
    as(
        other,
        () ->
            units.create(
                other.userId(),
                new NewUnit(
                    theirProperty,
                    "1A",
                    1,
                    null,
                    null,
                    new Money(90_000, "usd"),
                    UnitStatus.VACANT)));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        units.create(
                            owner.userId(),
                            new NewUnit(
                                theirProperty,
                                "1A",
                                1,
                                null,
                                null,
                                new Money(90_000, "usd"),
                                UnitStatus.VACANT))))
        .isInstanceOf(NotFoundException.class);
    assertThat(unitsInDatabase()).isEqualTo(1);
  }

  @Test
  void theDatabaseRefusesARentOfZeroOnInsertAndOnUpdate() {
    Unit unit = as(owner, () -> units.create(owner.userId(), unit("1", 90_000, 1)));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "insert into leaseport.units (owner_id, property_id, unit_number,"
                                    + " rent_amount) values (?, ?, '2', 0)",
                                owner.userId(),
                                propertyId)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("rentAmount"));
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "update leaseport.units set rent_amount = 0 where id = ?",
                                unit.id())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void creatingAUnitInAnUnknownPropertyIsNotFound() {
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        units.create(
                            owner.userId(),
                            new NewUnit(
                                UUID.randomUUID(),
                                "1",
                                1,
                                null,
                                null,
                                new Money(90_000, "usd"),
                                UnitStatus.VACANT))))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listPageCarriesTheTrueTotalOfAllMatchingRows() {
    createNumbered(25);

    Page<Unit> page =
        as(
            owner,
            () ->
                units.list(UnitFilter.ofProperty(propertyId), byNumber(), new PageRequest(10, 20)));

    assertThat(page.items())
        .extracting(Unit::unitNumber)
        .containsExactly("U21", "U22", "U23", "U24", "U25");
    assertThat(page.total()).isEqualTo(25);
  }

  @Test
  void listPagePastTheEndHasNoItemsButStillTheTrueTotal() {
    createNumbered(25);

    Page<Unit> page =
        as(
            owner,
            () ->
                units.list(UnitFilter.ofProperty(propertyId), byNumber(), new PageRequest(10, 40)));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(25);
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    createNumbered(25);
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(
        owner,
        small,
        () -> units.list(UnitFilter.ofProperty(propertyId), byNumber(), new PageRequest(1, 0)));
    countingStatements(
        owner,
        large,
        () -> units.list(UnitFilter.ofProperty(propertyId), byNumber(), new PageRequest(25, 0)));

    // The tier's one set-up statement, then one query carrying rows and total.
    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  @Test
  void listFiltersByProperty() {
    UUID annex = propertyOf(owner, "Annex");
    as(
        owner,
        () -> {
          units.create(owner.userId(), unit("Main-1", 90_000, 1));
          return units.create(
              owner.userId(),
              new NewUnit(
                  annex, "Annex-1", 1, null, null, new Money(90_000, "usd"), UnitStatus.VACANT));
        });

    Page<Unit> page =
        as(
            owner,
            () -> units.list(UnitFilter.ofProperty(annex), byNumber(), new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Unit::unitNumber).containsExactly("Annex-1");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void listFiltersByStatus() {
    as(
        owner,
        () -> {
          units.create(owner.userId(), unit("1", 90_000, 1));
          return units.create(
              owner.userId(),
              new NewUnit(
                  propertyId, "2", 1, null, null, new Money(90_000, "usd"), UnitStatus.OCCUPIED));
        });

    Page<Unit> page =
        as(
            owner,
            () ->
                units.list(
                    new UnitFilter(
                        Optional.empty(),
                        Optional.of(UnitStatus.OCCUPIED),
                        OptionalInt.empty(),
                        OptionalLong.empty()),
                    byNumber(),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Unit::unitNumber).containsExactly("2");
  }

  @Test
  void listFiltersByMinimumBedroomsAndMaximumRent() {
    as(
        owner,
        () -> {
          units.create(owner.userId(), unit("small-cheap", 80_000, 1));
          units.create(owner.userId(), unit("big-cheap", 90_000, 3));
          units.create(owner.userId(), unit("big-dear", 300_000, 4));
          return units.create(owner.userId(), unit("unknown-size", 70_000, null));
        });

    Page<Unit> page =
        as(
            owner,
            () ->
                units.list(
                    new UnitFilter(
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.of(2),
                        OptionalLong.of(100_000)),
                    byNumber(),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Unit::unitNumber).containsExactly("big-cheap");
  }

  @Test
  void listSortsByRentDescending() {
    as(
        owner,
        () -> {
          units.create(owner.userId(), unit("a", 100_000, 1));
          units.create(owner.userId(), unit("b", 300_000, 1));
          return units.create(owner.userId(), unit("c", 200_000, 1));
        });

    Page<Unit> page =
        as(
            owner,
            () ->
                units.list(
                    UnitFilter.ofProperty(propertyId),
                    new Sort<>(UnitSortField.RENT_AMOUNT, Direction.DESCENDING),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Unit::unitNumber).containsExactly("b", "c", "a");
  }

  @Test
  void listSortedByBedroomsPutsUnknownBedroomsLastInEitherDirection() {
    as(
        owner,
        () -> {
          units.create(owner.userId(), unit("none", 100_000, null));
          units.create(owner.userId(), unit("two", 100_000, 2));
          return units.create(owner.userId(), unit("one", 100_000, 1));
        });

    Page<Unit> ascending =
        as(
            owner,
            () ->
                units.list(
                    UnitFilter.ofProperty(propertyId),
                    Sort.ascending(UnitSortField.BEDROOMS),
                    new PageRequest(10, 0)));
    Page<Unit> descending =
        as(
            owner,
            () ->
                units.list(
                    UnitFilter.ofProperty(propertyId),
                    new Sort<>(UnitSortField.BEDROOMS, Direction.DESCENDING),
                    new PageRequest(10, 0)));

    assertThat(ascending.items())
        .extracting(Unit::unitNumber)
        .containsExactly("one", "two", "none");
    assertThat(descending.items())
        .extracting(Unit::unitNumber)
        .containsExactly("two", "one", "none");
  }

  @Test
  void updateChangesTheGivenFieldsAndIncrementsTheVersion() {
    Unit created = as(owner, () -> units.create(owner.userId(), unit("1", 100_000, 1)));

    Unit updated =
        as(
                owner,
                () ->
                    units.update(
                        created.id(),
                        new UnitChanges(
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.to(new Money(110_000, "usd")),
                            Change.to(UnitStatus.OCCUPIED)),
                        Versioned.exactly(created.version())))
            .orElseThrow();

    assertThat(updated.rentAmount()).isEqualTo(new Money(110_000, "usd"));
    assertThat(updated.status()).isEqualTo(UnitStatus.OCCUPIED);
    assertThat(updated.unitNumber()).isEqualTo("1");
    assertThat(updated.bedrooms()).hasValue(1);
    assertThat(updated.version()).isEqualTo(created.version() + 1);
  }

  @Test
  void updateWithAStaleVersionFailsThePreconditionAndChangesNothing() {
    Unit created = as(owner, () -> units.create(owner.userId(), unit("1", 100_000, 1)));
    as(owner, () -> units.update(created.id(), renumbered("2"), Versioned.any()));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        units.update(
                            created.id(), renumbered("3"), Versioned.exactly(created.version()))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(as(owner, () -> units.findById(created.id())).orElseThrow().unitNumber())
        .isEqualTo("2");
  }

  @Test
  void renumberingOntoAnExistingNumberIsADuplicate() {
    as(owner, () -> units.create(owner.userId(), unit("1", 100_000, 1)));
    Unit second = as(owner, () -> units.create(owner.userId(), unit("2", 100_000, 1)));

    assertThatThrownBy(
            () -> as(owner, () -> units.update(second.id(), renumbered("1"), Versioned.any())))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
  }

  @Test
  void clearingOptionalNumbersSetsThemToNothing() {
    Unit created =
        as(
            owner,
            () ->
                units.create(
                    owner.userId(),
                    new NewUnit(
                        propertyId,
                        "1",
                        2,
                        new BigDecimal("1.0"),
                        700,
                        new Money(100_000, "usd"),
                        UnitStatus.VACANT)));

    Unit updated =
        as(
                owner,
                () ->
                    units.update(
                        created.id(),
                        new UnitChanges(
                            Change.unchanged(),
                            Change.cleared(),
                            Change.cleared(),
                            Change.cleared(),
                            Change.unchanged(),
                            Change.unchanged()),
                        Versioned.any()))
            .orElseThrow();

    assertThat(updated.bedrooms()).isEmpty();
    assertThat(updated.bathrooms()).isEmpty();
    assertThat(updated.squareFeet()).isEmpty();
    assertThat(updated.rentAmount()).isEqualTo(new Money(100_000, "usd"));
  }

  @Test
  void deleteRemovesTheUnit() {
    Unit created = as(owner, () -> units.create(owner.userId(), unit("1", 100_000, 1)));

    assertThat(as(owner, () -> units.delete(created.id(), Versioned.exactly(1)))).isTrue();
    assertThat(as(owner, () -> units.findById(created.id()))).isEmpty();
  }

  @Test
  void deleteWithAStaleVersionFailsThePrecondition() {
    Unit created = as(owner, () -> units.create(owner.userId(), unit("1", 100_000, 1)));

    assertThatThrownBy(() -> as(owner, () -> units.delete(created.id(), Versioned.exactly(5))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(unitsInDatabase()).isEqualTo(1);
  }

  @Test
  void deletingThePropertyDeletesItsUnits() {
    as(owner, () -> units.create(owner.userId(), unit("1", 100_000, 1)));

    as(owner, () -> properties.delete(propertyId, Versioned.any()));

    assertThat(unitsInDatabase()).isZero();
  }

  @Test
  void anotherOwnersUnitIsNotFoundById() {
    Unit theirs = anotherOwnersUnit();

    assertThat(as(owner, () -> units.findById(theirs.id()))).isEmpty();
  }

  @Test
  void anotherOwnersUnitIsLeftOutOfListsAndTotals() {
    Unit theirs = anotherOwnersUnit();
    as(owner, () -> units.create(owner.userId(), unit("mine", 100_000, 1)));

    Page<Unit> all =
        as(
            owner,
            () ->
                units.list(
                    new UnitFilter(
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        OptionalLong.empty()),
                    byNumber(),
                    new PageRequest(10, 0)));
    Page<Unit> ofTheirProperty =
        as(
            owner,
            () ->
                units.list(
                    UnitFilter.ofProperty(theirs.propertyId()),
                    byNumber(),
                    new PageRequest(10, 0)));

    assertThat(all.items()).extracting(Unit::unitNumber).containsExactly("mine");
    assertThat(all.total()).isEqualTo(1);
    assertThat(ofTheirProperty.items()).isEmpty();
    assertThat(ofTheirProperty.total()).isZero();
  }

  @Test
  void anotherOwnersUnitCannotBeUpdated() {
    Unit theirs = anotherOwnersUnit();

    assertThat(as(owner, () -> units.update(theirs.id(), renumbered("hijacked"), Versioned.any())))
        .isEmpty();
    assertThat(
            database()
                .superuser()
                .fetchValue("select unit_number from leaseport.units where id = ?", theirs.id()))
        .isEqualTo("theirs");
  }

  @Test
  void anotherOwnersUnitCannotBeDeleted() {
    Unit theirs = anotherOwnersUnit();

    assertThat(as(owner, () -> units.delete(theirs.id(), Versioned.any()))).isFalse();
    assertThat(unitsInDatabase()).isEqualTo(1);
  }

  private Unit anotherOwnersUnit() {
    Caller other = newOwner();
    UUID theirProperty = propertyOf(other, "Theirs");
    return as(
        other,
        () ->
            units.create(
                other.userId(),
                new NewUnit(
                    theirProperty,
                    "theirs",
                    1,
                    null,
                    null,
                    new Money(100_000, "usd"),
                    UnitStatus.VACANT)));
  }

  private UUID propertyOf(Caller caller, String name) {
    return as(caller, () -> properties.create(caller.userId(), newProperty(name))).id();
  }

  private void createNumbered(int count) {
    as(
        owner,
        () -> {
          IntStream.rangeClosed(1, count)
              .forEach(
                  i -> units.create(owner.userId(), unit(String.format("U%02d", i), 100_000, 1)));
          return null;
        });
  }

  private long unitsInDatabase() {
    return database().count("select count(*) from leaseport.units");
  }

  private NewUnit unit(String number, long rent, Integer bedrooms) {
    return new NewUnit(
        propertyId, number, bedrooms, null, null, new Money(rent, "usd"), UnitStatus.VACANT);
  }

  private static Sort<UnitSortField> byNumber() {
    return Sort.ascending(UnitSortField.UNIT_NUMBER);
  }
}
