package dev.leaseport.domain.payment;

/** How a tenant pays: a card, or a debit of a US bank account (ACH Direct Debit). */
public enum PaymentMethodKind {
  CARD,
  US_BANK_ACCOUNT
}
