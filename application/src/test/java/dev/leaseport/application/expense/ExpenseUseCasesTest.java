package dev.leaseport.application.expense;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseCategory;
import dev.leaseport.domain.expense.ExpenseChanges;
import dev.leaseport.domain.expense.ExpenseFilter;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.expense.ExpenseSortField;
import dev.leaseport.domain.expense.NewExpense;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpenseUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final List<String> calls = new ArrayList<>();
  private final ExpenseRepository expenses = new RecordingExpenses();

  @Test
  void tenantsMayUseNoExpenseActionAndNothingIsCalled() {
    Caller renter = tenant();
    UUID id = UUID.randomUUID();

    assertThatThrownBy(
            () -> new CreateExpense(transactions, expenses).execute(renter, newExpense()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                new ListExpenses(transactions, expenses)
                    .execute(
                        renter,
                        ExpenseFilter.none(),
                        Sort.ascending(ExpenseSortField.AMOUNT),
                        new PageRequest(20, 0)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> new GetExpense(transactions, expenses).execute(renter, id))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                new UpdateExpense(transactions, expenses)
                    .execute(renter, id, noChanges(), Versioned.any()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> new DeleteExpense(transactions, expenses).execute(renter, id, Versioned.any()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(calls).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void anOwnerCreatesInTheirOwnTransactionAsThemselves() {
    Caller owner = owner();

    Expense created = new CreateExpense(transactions, expenses).execute(owner, newExpense());

    assertThat(created.ownerId()).isEqualTo(owner.userId());
    assertThat(calls).containsExactly("create");
    assertThat(transactions.callers()).containsExactly(owner);
  }

  @Test
  void anExpenseTheOwnerCannotSeeIsNotFoundOnReadUpdateAndDelete() {
    Caller owner = owner();
    UUID id = UUID.randomUUID();

    assertThatThrownBy(() -> new GetExpense(transactions, expenses).execute(owner, id))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Expense not found");
    assertThatThrownBy(
            () ->
                new UpdateExpense(transactions, expenses)
                    .execute(owner, id, noChanges(), Versioned.any()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> new DeleteExpense(transactions, expenses).execute(owner, id, Versioned.any()))
        .isInstanceOf(NotFoundException.class);
    assertThat(calls).containsExactly("findById", "update", "delete");
  }

  private static NewExpense newExpense() {
    return new NewExpense(
        UUID.randomUUID(),
        null,
        null,
        ExpenseCategory.REPAIRS,
        new Money(100, "usd"),
        LocalDate.of(2026, 1, 1),
        null,
        null);
  }

  private static ExpenseChanges noChanges() {
    return new ExpenseChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }

  /** Records each call, checks it runs inside a transaction, and sees no existing expense. */
  private final class RecordingExpenses implements ExpenseRepository {
    @Override
    public Expense create(UUID ownerId, NewExpense e) {
      record("create");
      return new Expense(
          UUID.randomUUID(),
          ownerId,
          e.propertyId(),
          Optional.empty(),
          Optional.empty(),
          e.category(),
          e.amount(),
          e.incurredOn(),
          Optional.empty(),
          Optional.empty(),
          Instant.EPOCH,
          Instant.EPOCH,
          1);
    }

    @Override
    public Optional<Expense> findById(UUID id) {
      record("findById");
      return Optional.empty();
    }

    @Override
    public Page<Expense> list(ExpenseFilter filter, Sort<ExpenseSortField> sort, PageRequest page) {
      record("list");
      return new Page<>(List.of(), 0, page);
    }

    @Override
    public Optional<Expense> update(UUID id, ExpenseChanges changes, Versioned expected) {
      record("update");
      return Optional.empty();
    }

    @Override
    public boolean delete(UUID id, Versioned expected) {
      record("delete");
      return false;
    }

    private void record(String call) {
      transactions.requireOpen();
      calls.add(call);
    }
  }
}
