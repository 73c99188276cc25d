package dev.leaseport.adapters.persistence.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseCategory;
import dev.leaseport.domain.expense.ExpenseChanges;
import dev.leaseport.domain.expense.ExpenseFilter;
import dev.leaseport.domain.expense.ExpenseSortField;
import dev.leaseport.domain.expense.NewExpense;
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
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expenses through the real user tier: ownership of every reference, lists, versions. */
class ExpenseRepositoryTest extends DatabaseTest {
  private final JooqExpenseRepository expenses = new JooqExpenseRepository(transactions);
  private Caller owner;
  private UUID property;
  private UUID unit;
  private UUID otherProperty;
  private UUID unitOfOtherProperty;
  private UUID request;

  @BeforeEach
  void anOwnerWithTwoPropertiesAUnitEachAndAMaintenanceRequest() {
    owner = newOwner();
    property = propertyOf(owner, "Elm Court");
    unit = unitOf(owner, property, "1A");
    otherProperty = propertyOf(owner, "Oak House");
    unitOfOtherProperty = unitOf(owner, otherProperty, "B2");
    request = maintenanceRequestOf(owner, unit);
  }

  @Test
  void anExpenseIsReadBackWithItsUnitAndMaintenanceRequest() {
    Expense created =
        as(
            owner,
            () ->
                expenses.create(
                    owner.userId(),
                    new NewExpense(
                        property,
                        unit,
                        request,
                        ExpenseCategory.REPAIRS,
                        new Money(24_500, "usd"),
                        LocalDate.of(2026, 11, 20),
                        "  Quick Plumbing LLC ",
                        "Sink trap")));

    Expense found = as(owner, () -> expenses.findById(created.id())).orElseThrow();

    assertThat(found).isEqualTo(created);
    assertThat(found.ownerId()).isEqualTo(owner.userId());
    assertThat(found.unitId()).hasValue(unit);
    assertThat(found.maintenanceRequestId()).hasValue(request);
    assertThat(found.amount()).isEqualTo(new Money(24_500, "usd"));
    assertThat(found.vendor()).hasValue("Quick Plumbing LLC");
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void anotherOwnersPropertyUnitOrRequestIsNotFoundAndNothingIsWritten() {
    Caller other = newOwner();
    UUID theirProperty = propertyOf(other, "Theirs");
    UUID theirUnit = unitOf(other, theirProperty, "9");
    UUID theirRequest = maintenanceRequestOf(other, theirUnit);

    assertThatThrownBy(() -> create(expense(theirProperty, null, null)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Property not found");
    assertThatThrownBy(() -> create(expense(property, theirUnit, null)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Unit not found");
    assertThatThrownBy(() -> create(expense(property, null, theirRequest)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Maintenance request not found");
    assertThat(database().count("select count(*) from leaseport.expenses")).isZero();
  }

  @Test
  void aUnitOfAnotherOfTheOwnersPropertiesIsAFieldError() {
    assertThatThrownBy(() -> create(expense(property, unitOfOtherProperty, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("unitId", "must be a unit of the expense's property")));
  }

  @Test
  void theDatabaseRefusesAUnitOfAnotherPropertyWhoeverWrites() {
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "insert into leaseport.expenses (owner_id, property_id, unit_id,"
                                    + " category, amount, incurred_on) values (?, ?, ?,"
                                    + " 'REPAIRS', 100, '2026-01-01')",
                                owner.userId(),
                                property,
                                unitOfOtherProperty)))
        .isInstanceOf(NotFoundException.class); // 23503, a foreign key
    Expense expense = create(expense(property, unit, null));
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "update leaseport.expenses set property_id = ? where id = ?",
                                otherProperty,
                                expense.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(read(expense.id()).propertyId()).isEqualTo(property);
  }

  @Test
  void theDatabaseRefusesAnotherOwnersMaintenanceRequestWhoeverWrites() {
    Caller other = newOwner();
    UUID theirRequest = maintenanceRequestOf(other, unitOf(other, propertyOf(other, "T"), "9"));

    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "insert into leaseport.expenses (owner_id, property_id,"
                                    + " maintenance_request_id, category, amount, incurred_on)"
                                    + " values (?, ?, ?, 'REPAIRS', 100, '2026-01-01')",
                                owner.userId(),
                                property,
                                theirRequest)))
        .isInstanceOf(NotFoundException.class); // 23503, the composite key
    assertThat(database().count("select count(*) from leaseport.expenses")).isZero();
  }

  @Test
  void aPatchChangesTheGivenFieldsClearsTheNullOnesAndBumpsTheVersion() {
    Expense expense = create(expense(property, unit, request));

    Expense changed =
        as(
                owner,
                () ->
                    expenses.update(
                        expense.id(),
                        new ExpenseChanges(
                            Change.unchanged(),
                            Change.cleared(),
                            Change.cleared(),
                            Change.to(ExpenseCategory.UTILITIES),
                            Change.to(new Money(9_900, "eur")),
                            Change.unchanged(),
                            Change.cleared(),
                            Change.unchanged()),
                        Versioned.exactly(1)))
            .orElseThrow();

    assertThat(changed.unitId()).isEmpty();
    assertThat(changed.maintenanceRequestId()).isEmpty();
    assertThat(changed.category()).isEqualTo(ExpenseCategory.UTILITIES);
    assertThat(changed.amount()).isEqualTo(new Money(9_900, "eur"));
    assertThat(changed.vendor()).isEmpty();
    assertThat(changed.description()).isEqualTo(expense.description());
    assertThat(changed.version()).isEqualTo(2);
  }

  @Test
  void movingAnExpenseToAnotherPropertyWhileItsUnitStaysIsAFieldError() {
    Expense expense = create(expense(property, unit, null));

    assertThatThrownBy(() -> update(expense.id(), moveTo(otherProperty), Versioned.any()))
        .isInstanceOf(ValidationException.class);
    assertThat(update(expense.id(), moveTo(otherProperty, unitOfOtherProperty), Versioned.any()))
        .hasValueSatisfying(e -> assertThat(e.unitId()).hasValue(unitOfOtherProperty));
  }

  @Test
  void aStaleVersionChangesNothing() {
    Expense expense = create(expense(property, null, null));

    assertThatThrownBy(() -> update(expense.id(), moveTo(otherProperty), Versioned.exactly(7)))
        .isInstanceOf(PreconditionFailedException.class);
    assertThatThrownBy(() -> as(owner, () -> expenses.delete(expense.id(), Versioned.exactly(7))))
        .isInstanceOf(PreconditionFailedException.class);
    assertThat(read(expense.id()).version()).isEqualTo(1);
  }

  @Test
  void anotherOwnerCanNeitherReadNorChangeNorDeleteAnExpense() {
    Expense expense = create(expense(property, unit, null));
    Caller other = newOwner();

    assertThat(as(other, () -> expenses.findById(expense.id()))).isEmpty();
    assertThat(
            as(
                other,
                () ->
                    expenses.update(
                        expense.id(),
                        new ExpenseChanges(
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.to(ExpenseCategory.OTHER),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.unchanged(),
                            Change.unchanged()),
                        Versioned.any())))
        .isEmpty();
    assertThat(as(other, () -> expenses.delete(expense.id(), Versioned.any()))).isFalse();
    assertThat(read(expense.id()).category()).isEqualTo(ExpenseCategory.REPAIRS);
  }

  @Test
  void anExpenseIsDeleted() {
    Expense expense = create(expense(property, null, null));

    assertThat(as(owner, () -> expenses.delete(expense.id(), Versioned.exactly(1)))).isTrue();
    assertThat(as(owner, () -> expenses.findById(expense.id()))).isEmpty();
  }

  @Test
  void aPropertyOrUnitWithExpensesIsKeptForTheBooks() {
    create(expense(property, unit, null));

    assertThatThrownBy(
            () ->
                as(owner, () -> new JooqUnitRepository(transactions).delete(unit, Versioned.any())))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                as(
                    owner,
                    () ->
                        new JooqPropertyRepository(transactions).delete(property, Versioned.any())))
        .isInstanceOf(ConflictException.class);
    assertThat(database().count("select count(*) from leaseport.expenses")).isEqualTo(1);
  }

  @Test
  void aListFiltersSortsAndCountsEveryMatchingRow() {
    create(expenseOn(property, unit, ExpenseCategory.REPAIRS, 300, "2026-01-10"));
    create(expenseOn(property, null, ExpenseCategory.TAXES, 100, "2026-02-10"));
    create(expenseOn(property, unit, ExpenseCategory.REPAIRS, 200, "2026-03-10"));
    create(expenseOn(otherProperty, null, ExpenseCategory.REPAIRS, 50, "2026-02-15"));
    create(expenseOn(property, null, ExpenseCategory.REPAIRS, 75, "2025-12-31"));

    Page<Expense> repairsOfProperty =
        list(
            new ExpenseFilter(
                Optional.of(property),
                Optional.empty(),
                Optional.of(ExpenseCategory.REPAIRS),
                Optional.of(LocalDate.of(2026, 1, 1)),
                Optional.of(LocalDate.of(2026, 12, 31))),
            new Sort<>(ExpenseSortField.AMOUNT, Direction.DESCENDING),
            new PageRequest(1, 0));
    Page<Expense> ofUnit =
        list(
            new ExpenseFilter(
                Optional.empty(),
                Optional.of(unit),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            new Sort<>(ExpenseSortField.INCURRED_ON, Direction.ASCENDING),
            new PageRequest(10, 0));

    assertThat(repairsOfProperty.total()).isEqualTo(2);
    assertThat(repairsOfProperty.items())
        .extracting(e -> e.amount().amount())
        .containsExactly(300L);
    assertThat(ofUnit.items())
        .extracting(Expense::incurredOn)
        .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 10));
    assertThat(list(ExpenseFilter.none(), byDate(), new PageRequest(10, 0)).total()).isEqualTo(5);
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    for (int i = 1; i <= 8; i++) {
      create(expenseOn(property, null, ExpenseCategory.OTHER, i, "2026-01-0" + i));
    }
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(
        owner, small, () -> expenses.list(ExpenseFilter.none(), byDate(), new PageRequest(1, 0)));
    countingStatements(
        owner, large, () -> expenses.list(ExpenseFilter.none(), byDate(), new PageRequest(8, 0)));

    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  private static Sort<ExpenseSortField> byDate() {
    return new Sort<>(ExpenseSortField.INCURRED_ON, Direction.DESCENDING);
  }

  private Page<Expense> list(ExpenseFilter filter, Sort<ExpenseSortField> sort, PageRequest page) {
    return as(owner, () -> expenses.list(filter, sort, page));
  }

  private static ExpenseChanges moveTo(UUID property) {
    return new ExpenseChanges(
        Change.to(property),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }

  private static ExpenseChanges moveTo(UUID property, UUID unit) {
    return new ExpenseChanges(
        Change.to(property),
        Change.to(unit),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }

  private Optional<Expense> update(UUID id, ExpenseChanges changes, Versioned expected) {
    return as(owner, () -> expenses.update(id, changes, expected));
  }

  private Expense read(UUID id) {
    return as(owner, () -> expenses.findById(id)).orElseThrow();
  }

  private Expense create(NewExpense expense) {
    return as(owner, () -> expenses.create(owner.userId(), expense));
  }

  private static NewExpense expense(UUID property, UUID unit, UUID request) {
    return new NewExpense(
        property,
        unit,
        request,
        ExpenseCategory.REPAIRS,
        new Money(12_000, "usd"),
        LocalDate.of(2026, 11, 20),
        "Quick Plumbing LLC",
        "Sink trap");
  }

  private static NewExpense expenseOn(
      UUID property, UUID unit, ExpenseCategory category, long amount, String date) {
    return new NewExpense(
        property,
        unit,
        null,
        category,
        new Money(amount, "usd"),
        LocalDate.parse(date),
        null,
        null);
  }

  private UUID propertyOf(Caller owner, String name) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.properties (owner_id, name, address_line1, city,"
                + " property_type) values (?, ?, '1 Elm Street', 'Springfield', 'APARTMENT')"
                + " returning id",
            owner.userId(),
            name)
        .get(0, UUID.class);
  }

  private UUID unitOf(Caller owner, UUID property, String number) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                + " values (?, ?, ?, 150000) returning id",
            owner.userId(),
            property,
            number)
        .get(0, UUID.class);
  }

  /** A request the owner filed for their unit, as the maintenance API leaves it. */
  private UUID maintenanceRequestOf(Caller owner, UUID unit) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.maintenance_requests (owner_id, unit_id, requested_by, title)"
                + " values (?, ?, ?, 'Leaking sink') returning id",
            owner.userId(),
            unit,
            owner.userId())
        .get(0, UUID.class);
  }
}
