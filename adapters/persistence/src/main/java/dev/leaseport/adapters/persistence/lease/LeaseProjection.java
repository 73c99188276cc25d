package dev.leaseport.adapters.persistence.lease;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LEASES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LEASE_SIGNATURES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.LEASE_TENANTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PROPERTIES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.TENANTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.UNITS;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseSignature;
import dev.leaseport.domain.lease.LeaseTenant;
import dev.leaseport.domain.lease.LeasedUnit;
import dev.leaseport.domain.lease.Termination;
import dev.leaseport.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;

/**
 * A lease as one row: its unit and property summary by outer join (a renter may read them, RLS
 * decides), its tenants and signatures as nested sets. Reads and lists both use it, so a page is
 * one statement whatever its size.
 */
final class LeaseProjection {
  /** The lease with its unit and property; outer joins, so a row RLS hides leaves nulls. */
  static final Table<?> FROM =
      LEASES
          .leftJoin(UNITS)
          .on(UNITS.ID.eq(LEASES.UNIT_ID))
          .leftJoin(PROPERTIES)
          .on(PROPERTIES.ID.eq(UNITS.PROPERTY_ID));

  private static final Field<List<LeaseTenant>> PARTIES =
      multiset(
              select(
                      LEASE_TENANTS.TENANT_ID,
                      LEASE_TENANTS.ROLE,
                      concat(TENANTS.FIRST_NAME, inline(" "), TENANTS.LAST_NAME))
                  .from(LEASE_TENANTS)
                  .leftJoin(TENANTS)
                  .on(TENANTS.ID.eq(LEASE_TENANTS.TENANT_ID))
                  .where(LEASE_TENANTS.LEASE_ID.eq(LEASES.ID))
                  .orderBy(LEASE_TENANTS.ROLE, LEASE_TENANTS.CREATED_AT, LEASE_TENANTS.TENANT_ID))
          .convertFrom(
              r ->
                  r.map(
                      t ->
                          new LeaseTenant(
                              t.value1(), t.value2(), Optional.ofNullable(t.value3()))));

  private static final Field<List<LeaseSignature>> SIGNATURES =
      multiset(
              select(
                      LEASE_SIGNATURES.PARTY,
                      LEASE_SIGNATURES.TENANT_ID,
                      LEASE_SIGNATURES.SIGNED_BY,
                      LEASE_SIGNATURES.SIGNED_AT,
                      LEASE_SIGNATURES.CLIENT_IP,
                      LEASE_SIGNATURES.USER_AGENT)
                  .from(LEASE_SIGNATURES)
                  .where(LEASE_SIGNATURES.LEASE_ID.eq(LEASES.ID))
                  .orderBy(LEASE_SIGNATURES.SIGNED_AT, LEASE_SIGNATURES.ID))
          .convertFrom(
              r ->
                  r.map(
                      s ->
                          new LeaseSignature(
                              s.value1(),
                              Optional.ofNullable(s.value2()),
                              s.value3(),
                              s.value4(),
                              Optional.ofNullable(s.value5()),
                              Optional.ofNullable(s.value6()))));

  static final SelectField<Lease> LEASE =
      row(
              LEASES.ID,
              LEASES.OWNER_ID,
              row(LEASES.UNIT_ID, UNITS.UNIT_NUMBER, PROPERTIES.ID, PROPERTIES.NAME)
                  .mapping(
                      (id, number, propertyId, propertyName) ->
                          new LeasedUnit(
                              id,
                              Optional.ofNullable(number),
                              Optional.ofNullable(propertyId),
                              Optional.ofNullable(propertyName))),
              LEASES.START_DATE,
              LEASES.END_DATE,
              row(LEASES.RENT_AMOUNT, LEASES.CURRENCY).mapping(Money::new),
              row(LEASES.SECURITY_DEPOSIT, LEASES.CURRENCY).mapping(Money::new),
              LEASES.RENT_DUE_DAY,
              LEASES.GRACE_PERIOD_DAYS,
              row(LEASES.LATE_FEE_AMOUNT, LEASES.CURRENCY).mapping(Money::new),
              LEASES.STATUS,
              LEASES.RENEWED_FROM_ID.convertFrom(Optional::ofNullable),
              row(LEASES.TERMINATED_AT, LEASES.TERMINATED_ON, LEASES.TERMINATION_REASON)
                  .mapping(LeaseProjection::termination),
              PARTIES,
              SIGNATURES,
              LEASES.CREATED_AT,
              LEASES.UPDATED_AT,
              LEASES.VERSION)
          .mapping(Lease::new);

  private LeaseProjection() {}

  private static Optional<Termination> termination(
      Instant terminatedAt, LocalDate effectiveDate, String reason) {
    return terminatedAt == null
        ? Optional.empty()
        : Optional.of(new Termination(terminatedAt, effectiveDate, Optional.ofNullable(reason)));
  }
}
