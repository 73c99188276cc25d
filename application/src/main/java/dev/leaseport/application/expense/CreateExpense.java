package dev.leaseport.application.expense;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.expense.NewExpense;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;

/** An owner records an expense of one of their properties. */
public final class CreateExpense {
  private final UserTransactions transactions;
  private final ExpenseRepository expenses;

  public CreateExpense(UserTransactions transactions, ExpenseRepository expenses) {
    this.transactions = transactions;
    this.expenses = expenses;
  }

  public Expense execute(Caller caller, NewExpense expense) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> expenses.create(caller.userId(), expense));
  }
}
