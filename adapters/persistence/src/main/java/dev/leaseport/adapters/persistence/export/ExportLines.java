package dev.leaseport.adapters.persistence.export;

import dev.leaseport.adapters.persistence.jooq.leaseport.tables.records.PaymentsExportRecord;
import dev.leaseport.adapters.persistence.jooq.leaseport.tables.records.RentRollRecord;
import dev.leaseport.domain.export.PaymentLine;
import dev.leaseport.domain.export.RentRollLine;
import dev.leaseport.domain.export.RentRollLine.RentRollLease;
import dev.leaseport.domain.shared.Money;
import java.util.Optional;

/** The export functions' rows as the domain's lines. */
final class ExportLines {
  private ExportLines() {}

  static RentRollLine rentRoll(RentRollRecord row) {
    String currency = row.getCurrency();
    Optional<RentRollLease> lease =
        Optional.ofNullable(row.getLeaseId())
            .map(
                id ->
                    new RentRollLease(
                        id,
                        row.getLeaseStart(),
                        row.getLeaseEnd(),
                        Optional.ofNullable(row.getPrimaryTenant()),
                        Optional.ofNullable(row.getPrimaryTenantEmail()),
                        new Money(row.getSecurityDeposit(), currency),
                        new Money(row.getBalanceDue(), currency)));
    return new RentRollLine(
        row.getPropertyId(),
        row.getPropertyName(),
        row.getAddressLine1(),
        row.getCity(),
        row.getUnitId(),
        row.getUnitNumber(),
        row.getUnitStatus(),
        lease,
        new Money(row.getRent(), currency));
  }

  static PaymentLine payment(PaymentsExportRecord row) {
    String currency = row.getCurrency();
    return new PaymentLine(
        row.getPaymentId(),
        row.getCreatedAt(),
        row.getPaidOn(),
        row.getPropertyName(),
        row.getUnitNumber(),
        row.getLeaseId(),
        Optional.ofNullable(row.getPayer()),
        Optional.ofNullable(row.getPayerEmail()),
        row.getChargeId(),
        row.getChargeKind(),
        row.getChargeDescription(),
        Optional.ofNullable(row.getPeriodStart()),
        Optional.ofNullable(row.getPeriodEnd()),
        row.getDueDate(),
        row.getStatus(),
        Optional.ofNullable(row.getMethodKind()),
        new Money(row.getAmount(), currency),
        new Money(row.getAmountRefunded(), currency),
        new Money(row.getAmountDisputed(), currency),
        new Money(row.getApplicationFee(), currency),
        Optional.ofNullable(row.getStripePaymentIntentId()),
        Optional.ofNullable(row.getFailureCode()));
  }
}
