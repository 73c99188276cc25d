package dev.leaseport.application.export;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.export.ExportRepository;
import dev.leaseport.domain.export.ExportRows;
import dev.leaseport.domain.export.PaymentLine;
import dev.leaseport.domain.export.PaymentPeriod;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;

/**
 * An owner's payments of a period. The caller is checked now, before any answer starts; the rows
 * are read later, in one user-tier transaction that lasts while they are written.
 */
public final class ExportPayments {
  private final UserTransactions transactions;
  private final ExportRepository exports;

  public ExportPayments(UserTransactions transactions, ExportRepository exports) {
    this.transactions = transactions;
    this.exports = exports;
  }

  public ExportRows<PaymentLine> execute(Caller caller, PaymentPeriod period) {
    caller.require(UserType.OWNER);
    return each ->
        transactions.run(
            caller,
            () -> {
              exports.payments(period, each);
              return null;
            });
  }
}
