package dev.leaseport.application.expense;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseChanges;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/** An owner changes fields of one of their expenses. */
public final class UpdateExpense {
  private final UserTransactions transactions;
  private final ExpenseRepository expenses;

  public UpdateExpense(UserTransactions transactions, ExpenseRepository expenses) {
    this.transactions = transactions;
    this.expenses = expenses;
  }

  public Expense execute(Caller caller, UUID id, ExpenseChanges changes, Versioned expected) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () ->
            expenses
                .update(id, changes, expected)
                .orElseThrow(() -> new NotFoundException("Expense")));
  }
}
