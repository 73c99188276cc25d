package dev.leaseport.application.export;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.export.ExportRepository;
import dev.leaseport.domain.export.ExportRows;
import dev.leaseport.domain.export.RentRollLine;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.time.LocalDate;

/**
 * An owner's rent roll as of a date. The caller is checked now, before any answer starts; the rows
 * are read later, in one user-tier transaction that lasts while they are written.
 */
public final class ExportRentRoll {
  private final UserTransactions transactions;
  private final ExportRepository exports;

  public ExportRentRoll(UserTransactions transactions, ExportRepository exports) {
    this.transactions = transactions;
    this.exports = exports;
  }

  public ExportRows<RentRollLine> execute(Caller caller, LocalDate asOf) {
    caller.require(UserType.OWNER);
    return each ->
        transactions.run(
            caller,
            () -> {
              exports.rentRoll(asOf, each);
              return null;
            });
  }
}
