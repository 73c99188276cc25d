package dev.leaseport.adapters.rest.export;

import static dev.leaseport.adapters.rest.export.CsvCell.money;
import static dev.leaseport.adapters.rest.export.CsvCell.text;
import static dev.leaseport.adapters.rest.export.CsvCell.value;

import dev.leaseport.domain.export.RentRollLine;
import dev.leaseport.domain.export.RentRollLine.RentRollLease;
import java.util.List;
import java.util.Optional;

/** The columns of {@code rent-roll.csv}, one line per unit (documented in the API guide). */
final class RentRollCsv {
  static final CsvTable<RentRollLine> TABLE =
      new CsvTable<>(
          List.of(
              "property_id",
              "property",
              "address",
              "city",
              "unit_id",
              "unit",
              "unit_status",
              "lease_id",
              "lease_start",
              "lease_end",
              "primary_tenant",
              "primary_tenant_email",
              "currency",
              "rent",
              "security_deposit",
              "balance_due"),
          RentRollCsv::fields);

  private RentRollCsv() {}

  private static List<CsvCell> fields(RentRollLine line) {
    Optional<RentRollLease> lease = line.lease();
    return List.of(
        value(line.propertyId()),
        text(line.propertyName()),
        text(line.addressLine1()),
        text(line.city()),
        value(line.unitId()),
        text(line.unitNumber()),
        value(line.unitStatus()),
        value(lease.map(RentRollLease::id)),
        value(lease.map(RentRollLease::start)),
        value(lease.map(RentRollLease::end)),
        text(lease.flatMap(RentRollLease::primaryTenant)),
        text(lease.flatMap(RentRollLease::primaryTenantEmail)),
        value(line.rent().currency()),
        money(line.rent()),
        lease.map(l -> money(l.securityDeposit())).orElse(CsvCell.EMPTY),
        lease.map(l -> money(l.balanceDue())).orElse(CsvCell.EMPTY));
  }
}
