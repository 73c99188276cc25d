package dev.leaseport.application.expense;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.util.UUID;

/** An owner deletes one of their expenses; nothing depends on an expense. */
public final class DeleteExpense {
  private final UserTransactions transactions;
  private final ExpenseRepository expenses;

  public DeleteExpense(UserTransactions transactions, ExpenseRepository expenses) {
    this.transactions = transactions;
    this.expenses = expenses;
  }

  public void execute(Caller caller, UUID id, Versioned expected) {
    caller.require(UserType.OWNER);
    if (!transactions.run(caller, () -> expenses.delete(id, expected))) {
      throw new NotFoundException("Expense");
    }
  }
}
