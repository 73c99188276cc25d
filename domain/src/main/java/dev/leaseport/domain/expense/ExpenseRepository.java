package dev.leaseport.domain.expense;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/** The calling owner's expenses, inside the caller's transaction. */
public interface ExpenseRepository {

  /**
   * The property, unit and maintenance request must be the owner's own, and the unit must belong to
   * the property: anything else is not found (another owner's ids answer as unknown ones do) or,
   * for a unit of another of the owner's properties, a validation error.
   */
  Expense create(UUID ownerId, NewExpense expense);

  Optional<Expense> findById(UUID id);

  Page<Expense> list(ExpenseFilter filter, Sort<ExpenseSortField> sort, PageRequest page);

  Optional<Expense> update(UUID id, ExpenseChanges changes, Versioned expected);

  boolean delete(UUID id, Versioned expected);
}
