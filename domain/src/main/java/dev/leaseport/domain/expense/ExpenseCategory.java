package dev.leaseport.domain.expense;

/** The categories a landlord books costs under; the database enum has the same literals. */
public enum ExpenseCategory {
  REPAIRS,
  MAINTENANCE,
  UTILITIES,
  INSURANCE,
  TAXES,
  MANAGEMENT,
  MORTGAGE_INTEREST,
  OTHER
}
