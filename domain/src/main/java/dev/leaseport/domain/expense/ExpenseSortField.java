package dev.leaseport.domain.expense;

/** The only fields an expense list may be sorted by. */
public enum ExpenseSortField {
  INCURRED_ON,
  AMOUNT
}
