package dev.leaseport.application.expense;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** An owner reads one of their expenses; any other is not found. */
public final class GetExpense {
  private final UserTransactions transactions;
  private final ExpenseRepository expenses;

  public GetExpense(UserTransactions transactions, ExpenseRepository expenses) {
    this.transactions = transactions;
    this.expenses = expenses;
  }

  public Expense execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller, () -> expenses.findById(id).orElseThrow(() -> new NotFoundException("Expense")));
  }
}
