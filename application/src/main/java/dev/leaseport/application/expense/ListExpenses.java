package dev.leaseport.application.expense;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.expense.Expense;
import dev.leaseport.domain.expense.ExpenseFilter;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.expense.ExpenseSortField;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** An owner lists their expenses, filtered and sorted, with the true total. */
public final class ListExpenses {
  private final UserTransactions transactions;
  private final ExpenseRepository expenses;

  public ListExpenses(UserTransactions transactions, ExpenseRepository expenses) {
    this.transactions = transactions;
    this.expenses = expenses;
  }

  public Page<Expense> execute(
      Caller caller, ExpenseFilter filter, Sort<ExpenseSortField> sort, PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> expenses.list(filter, sort, page));
  }
}
