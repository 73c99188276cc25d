package dev.leaseport.adapters.persistence.property;

import static dev.leaseport.domain.testdata.PropertyTestData.newProperty;
import static dev.leaseport.domain.testdata.PropertyTestData.noPropertyChanges;
import static dev.leaseport.domain.testdata.PropertyTestData.renamedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The property repository through the real user tier, as an owner. */
class PropertyRepositoryTest extends DatabaseTest {
  private final JooqPropertyRepository properties = new JooqPropertyRepository(transactions);
  private final JooqUnitRepository units = new JooqUnitRepository(transactions);
  private Caller owner;

  @BeforeEach
  void anOwner() {
    owner = newOwner();
  }

  @Test
  void createdPropertyIsReadBackWithAllItsFieldsAtVersionOne() {
    Property created =
        as(owner, () -> properties.create(owner.userId(), fullProperty("Elm Court")));

    Property found = as(owner, () -> properties.findById(created.id())).orElseThrow();

    assertThat(found).isEqualTo(created);
    assertThat(found.ownerId()).isEqualTo(owner.userId());
    assertThat(found.name()).isEqualTo("Elm Court");
    assertThat(found.address())
        .isEqualTo(
            new Address(
                "1 Elm Street",
                Optional.of("Suite 2"),
                "Springfield",
                Optional.of("IL"),
                Optional.of("62701"),
                "US"));
    assertThat(found.propertyType()).isEqualTo(PropertyType.APARTMENT);
    assertThat(found.status()).isEqualTo(PropertyStatus.ACTIVE);
    assertThat(found.description()).contains("Brick building");
    assertThat(found.unitCount()).isZero();
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void createStripsSurroundingWhitespaceFromTheName() {
    Property created =
        as(owner, () -> properties.create(owner.userId(), newProperty("  Oak Lodge  ")));

    assertThat(created.name()).isEqualTo("Oak Lodge");
  }

  @Test
  void listPageCarriesTheTrueTotalOfAllMatchingRows() {
    createNumbered(25);

    Page<Property> page =
        as(owner, () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(10, 20)));

    assertThat(page.items()).hasSize(5);
    assertThat(page.total()).isEqualTo(25);
    assertThat(page.items().get(0).name()).isEqualTo("Property 21");
  }

  @Test
  void listPagePastTheEndHasNoItemsButStillTheTrueTotal() {
    createNumbered(25);

    Page<Property> page =
        as(owner, () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(10, 30)));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(25);
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    createNumbered(25);
    as(
        owner,
        () -> {
          Property first =
              properties
                  .list(PropertyFilter.none(), byName(), new PageRequest(1, 0))
                  .items()
                  .get(0);
          return units.create(owner.userId(), unit(first.id(), "1", UnitStatus.OCCUPIED));
        });
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(
        owner,
        small,
        () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(1, 0)));
    countingStatements(
        owner,
        large,
        () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(25, 0)));

    // The tier's one set-up statement, then one query carrying rows, counts and total.
    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  @Test
  void listOfAnOwnerWithoutPropertiesIsEmptyWithTotalZero() {
    Page<Property> page =
        as(owner, () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(10, 0)));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isZero();
  }

  @Test
  void listSortsByNameDescending() {
    createNumbered(3);

    Page<Property> page =
        as(
            owner,
            () ->
                properties.list(
                    PropertyFilter.none(),
                    new Sort<>(PropertySortField.NAME, Direction.DESCENDING),
                    new PageRequest(10, 0)));

    assertThat(page.items())
        .extracting(Property::name)
        .containsExactly("Property 03", "Property 02", "Property 01");
  }

  @Test
  void listSortsByCityAscending() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), inCity("A", "Zurich"));
          properties.create(owner.userId(), inCity("B", "Austin"));
          return properties.create(owner.userId(), inCity("C", "Madrid"));
        });

    Page<Property> page =
        as(
            owner,
            () ->
                properties.list(
                    PropertyFilter.none(),
                    Sort.ascending(PropertySortField.CITY),
                    new PageRequest(10, 0)));

    assertThat(page.items())
        .extracting(p -> p.address().city())
        .containsExactly("Austin", "Madrid", "Zurich");
  }

  @Test
  void listFiltersByStatus() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), newProperty("Active one"));
          return properties.create(
              owner.userId(), withStatus("Archived one", PropertyStatus.ARCHIVED));
        });

    Page<Property> page =
        as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.of(PropertyStatus.ARCHIVED),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                    byName(),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Property::name).containsExactly("Archived one");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void listFiltersByPropertyType() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), newProperty("Flat"));
          return properties.create(owner.userId(), withType("Shop", PropertyType.COMMERCIAL));
        });

    Page<Property> page =
        as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.empty(),
                        Optional.of(PropertyType.COMMERCIAL),
                        Optional.empty(),
                        Optional.empty()),
                    byName(),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Property::name).containsExactly("Shop");
  }

  @Test
  void listFiltersByCityIgnoringCase() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), inCity("Here", "Springfield"));
          return properties.create(owner.userId(), inCity("There", "Shelbyville"));
        });

    Page<Property> page =
        as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("SPRINGFIELD"),
                        Optional.empty()),
                    byName(),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Property::name).containsExactly("Here");
  }

  @Test
  void listSearchesTextInNameAndAddressIgnoringCase() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), newProperty("Maple House"));
          properties.create(owner.userId(), inCity("Riverside", "Mapleton"));
          return properties.create(owner.userId(), newProperty("Birch House"));
        });

    Page<Property> page =
        as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("maple")),
                    byName(),
                    new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Property::name).containsExactly("Maple House", "Riverside");
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void listTextSearchFoldsAccentedCapitalsButNeverMatchesAcrossTwoFields() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), inCity("ÉCOLE Lofts", "Québec"));
          return properties.create(owner.userId(), inCity("Main", "Street Town"));
        });

    assertThat(search("école")).containsExactly("ÉCOLE Lofts");
    assertThat(search("QUÉBEC")).containsExactly("ÉCOLE Lofts");
    assertThat(search("street street"))
        .as("'1 Main Street' and the city 'Street Town' are two fields, not one text")
        .isEmpty();
    assertThat(search("street town")).containsExactly("Main");
  }

  private List<String> search(String text) {
    return as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(text)),
                    byName(),
                    new PageRequest(10, 0)))
        .items()
        .stream()
        .map(Property::name)
        .toList();
  }

  @Test
  void listTextSearchTakesLikeWildcardsLiterally() {
    as(
        owner,
        () -> {
          properties.create(owner.userId(), newProperty("Half_Moon 100%"));
          return properties.create(owner.userId(), newProperty("HalfXMoon 1000"));
        });

    Page<Property> underscore =
        as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("half_moon")),
                    byName(),
                    new PageRequest(10, 0)));
    Page<Property> percent =
        as(
            owner,
            () ->
                properties.list(
                    new PropertyFilter(
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("100%")),
                    byName(),
                    new PageRequest(10, 0)));

    assertThat(underscore.items()).extracting(Property::name).containsExactly("Half_Moon 100%");
    assertThat(percent.items()).extracting(Property::name).containsExactly("Half_Moon 100%");
  }

  @Test
  void unitCountAndOccupiedCountReflectTheUnitsOfTheProperty() {
    Property property = as(owner, () -> properties.create(owner.userId(), newProperty("Counted")));
    as(
        owner,
        () -> {
          units.create(owner.userId(), unit(property.id(), "1", UnitStatus.OCCUPIED));
          units.create(owner.userId(), unit(property.id(), "2", UnitStatus.OCCUPIED));
          return units.create(owner.userId(), unit(property.id(), "3", UnitStatus.VACANT));
        });

    Property found = as(owner, () -> properties.findById(property.id())).orElseThrow();
    Property listed =
        as(owner, () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(10, 0)))
            .items()
            .get(0);

    assertThat(found.unitCount()).isEqualTo(3);
    assertThat(found.occupiedCount()).isEqualTo(2);
    assertThat(listed.unitCount()).isEqualTo(3);
    assertThat(listed.occupiedCount()).isEqualTo(2);
  }

  @Test
  void updateChangesTheGivenFieldsAndIncrementsTheVersion() {
    Property created = as(owner, () -> properties.create(owner.userId(), fullProperty("Before")));

    Property updated =
        as(
                owner,
                () ->
                    properties.update(
                        created.id(), renamedTo("After"), Versioned.exactly(created.version())))
            .orElseThrow();

    assertThat(updated.name()).isEqualTo("After");
    assertThat(updated.version()).isEqualTo(created.version() + 1);
    assertThat(updated.address()).isEqualTo(created.address());
    assertThat(updated.description()).isEqualTo(created.description());
  }

  @Test
  void updateWithAStaleVersionFailsThePreconditionAndChangesNothing() {
    Property created = as(owner, () -> properties.create(owner.userId(), newProperty("Original")));
    as(owner, () -> properties.update(created.id(), renamedTo("First"), Versioned.any()));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        properties.update(
                            created.id(),
                            renamedTo("Second"),
                            Versioned.exactly(created.version()))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(as(owner, () -> properties.findById(created.id())).orElseThrow().name())
        .isEqualTo("First");
  }

  @Test
  void updateWithoutChangesStillChecksTheVersion() {
    Property created = as(owner, () -> properties.create(owner.userId(), newProperty("Same")));
    as(owner, () -> properties.update(created.id(), renamedTo("Changed"), Versioned.any()));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        properties.update(
                            created.id(),
                            noPropertyChanges(),
                            Versioned.exactly(created.version()))))
        .isInstanceOf(PreconditionFailedException.class);
  }

  @Test
  void clearingOptionalFieldsSetsThemToNothing() {
    Property created = as(owner, () -> properties.create(owner.userId(), fullProperty("Full")));

    Property updated =
        as(
                owner,
                () ->
                    properties.update(
                        created.id(),
                        new PropertyChanges(
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.cleared(),
                            Change.unchanged(),
                            Change.cleared(),
                            Change.cleared(),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.cleared()),
                        Versioned.any()))
            .orElseThrow();

    assertThat(updated.address().line2()).isEmpty();
    assertThat(updated.address().region()).isEmpty();
    assertThat(updated.address().postalCode()).isEmpty();
    assertThat(updated.description()).isEmpty();
    assertThat(updated.address().line1()).isEqualTo("1 Elm Street");
  }

  @Test
  void deleteRemovesTheProperty() {
    Property created = as(owner, () -> properties.create(owner.userId(), newProperty("Doomed")));

    boolean deleted = as(owner, () -> properties.delete(created.id(), Versioned.exactly(1)));

    assertThat(deleted).isTrue();
    assertThat(as(owner, () -> properties.findById(created.id()))).isEmpty();
  }

  @Test
  void deleteWithAStaleVersionFailsThePreconditionAndKeepsTheProperty() {
    Property created = as(owner, () -> properties.create(owner.userId(), newProperty("Kept")));
    as(owner, () -> properties.update(created.id(), renamedTo("Kept too"), Versioned.any()));

    assertThatThrownBy(() -> as(owner, () -> properties.delete(created.id(), Versioned.exactly(1))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(as(owner, () -> properties.findById(created.id()))).isPresent();
  }

  @Test
  void deleteOfAnUnknownPropertyReportsFalse() {
    assertThat(as(owner, () -> properties.delete(UUID.randomUUID(), Versioned.any()))).isFalse();
  }

  @Test
  void anotherOwnersPropertyIsNotFoundById() {
    Property theirs = anotherOwnersProperty();

    assertThat(as(owner, () -> properties.findById(theirs.id()))).isEmpty();
  }

  @Test
  void anotherOwnersPropertyIsLeftOutOfListsAndTotals() {
    anotherOwnersProperty();
    as(owner, () -> properties.create(owner.userId(), newProperty("Mine")));

    Page<Property> page =
        as(owner, () -> properties.list(PropertyFilter.none(), byName(), new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Property::name).containsExactly("Mine");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void anotherOwnersPropertyCannotBeUpdated() {
    Property theirs = anotherOwnersProperty();

    Optional<Property> result =
        as(owner, () -> properties.update(theirs.id(), renamedTo("Hijacked"), Versioned.any()));

    assertThat(result).isEmpty();
    assertThat(
            database()
                .superuser()
                .fetchValue("select name from leaseport.properties where id = ?", theirs.id()))
        .isEqualTo("Theirs");
  }

  @Test
  void anotherOwnersPropertyCannotBeDeleted() {
    Property theirs = anotherOwnersProperty();

    boolean deleted = as(owner, () -> properties.delete(theirs.id(), Versioned.any()));

    assertThat(deleted).isFalse();
    assertThat(
            database()
                .superuser()
                .fetchValue("select count(*) from leaseport.properties where id = ?", theirs.id()))
        .isEqualTo(1L);
  }

  private Property anotherOwnersProperty() {
    Caller other = newOwner();
    return as(other, () -> properties.create(other.userId(), newProperty("Theirs")));
  }

  private void createNumbered(int count) {
    as(
        owner,
        () -> {
          IntStream.rangeClosed(1, count)
              .forEach(
                  i ->
                      properties.create(
                          owner.userId(), newProperty(String.format("Property %02d", i))));
          return null;
        });
  }

  private static Sort<PropertySortField> byName() {
    return Sort.ascending(PropertySortField.NAME);
  }

  private static NewProperty fullProperty(String name) {
    return new NewProperty(
        name,
        new Address(
            "1 Elm Street",
            Optional.of("Suite 2"),
            "Springfield",
            Optional.of("IL"),
            Optional.of("62701"),
            "US"),
        PropertyType.APARTMENT,
        PropertyStatus.ACTIVE,
        Optional.of("Brick building"));
  }

  private static NewProperty inCity(String name, String city) {
    return new NewProperty(
        name,
        new Address(
            "1 Main Street", Optional.empty(), city, Optional.empty(), Optional.empty(), "US"),
        PropertyType.APARTMENT,
        PropertyStatus.ACTIVE,
        Optional.empty());
  }

  private static NewProperty withStatus(String name, PropertyStatus status) {
    NewProperty p = newProperty(name);
    return new NewProperty(p.name(), p.address(), p.propertyType(), status, p.description());
  }

  private static NewProperty withType(String name, PropertyType type) {
    NewProperty p = newProperty(name);
    return new NewProperty(p.name(), p.address(), type, p.status(), p.description());
  }

  private static NewUnit unit(UUID propertyId, String number, UnitStatus status) {
    return new NewUnit(propertyId, number, 1, null, null, new Money(100_000, "usd"), status);
  }
}
