package dev.leaseport.adapters.persistence.charge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The two charge jobs over 10,000 ACTIVE leases, each with a linked renter: one statement each,
 * exact counts checked, the time printed (the figure of docs/benchmarks.md). The time is a
 * measurement, not an assertion: on a shared machine a bound would only make the build flaky.
 */
class RentChargeGenerationAtScaleTest extends ChargeTest {
  private static final int LEASES = 10_000;
  private static final LocalDate FIRST_OF_MONTH = LocalDate.of(2030, 1, 1);

  @Test
  void tenThousandActiveLeasesAreChargedInOneStatementEach() {
    loadActiveLeases();

    long started = System.nanoTime();
    String rent = generate(FIRST_OF_MONTH, 7);
    Duration rentTime = Duration.ofNanos(System.nanoTime() - started);
    started = System.nanoTime();
    String fees = applyLateFees(FIRST_OF_MONTH.plusDays(10));
    Duration feeTime = Duration.ofNanos(System.nanoTime() - started);

    System.out.printf(
        "generate_rent_charges: %d active leases, %s in %d ms; apply_late_fees: %s in %d ms%n",
        LEASES, rent, rentTime.toMillis(), fees, feeTime.toMillis());
    assertThat(rent).isEqualTo("{\"created\": " + LEASES + "}");
    assertThat(fees).isEqualTo("{\"created\": " + LEASES + "}");
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.notifications"
                        + " where type = 'CHARGE_CREATED'"))
        .isEqualTo(2L * LEASES);
  }

  /**
   * One owner, 10,000 renters, units, tenant records linked to them and ACTIVE leases from the
   * first of the month (due on the 1st, a late fee of 5000), in a few set-based statements.
   */
  private void loadActiveLeases() {
    var sql = database().superuser();
    sql.execute(
        "insert into leaseport.users (id, email, user_type) select gen_random_uuid(), 'renter' || i"
            + " || '@scale.test', 'TENANT' from generate_series(1, ?) i",
        LEASES);
    sql.execute(
        "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
            + " select ?, ?, 'U' || i, 150000 from generate_series(1, ?) i",
        owner.userId(),
        property,
        LEASES);
    sql.execute(
        "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
            + " select ?, 'Renter', u.email, u.email, u.id from leaseport.users u"
            + " where u.email like '%@scale.test'",
        owner.userId());
    sql.execute(
        "insert into leaseport.leases (owner_id, unit_id, start_date, end_date, rent_amount,"
            + " late_fee_amount) select u.owner_id, u.id, ?, ?, 150000, 5000"
            + " from leaseport.units u where u.unit_number like 'U%' and u.owner_id = ?",
        FIRST_OF_MONTH, FIRST_OF_MONTH.plusYears(1).minusDays(1), owner.userId());
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " select l.id, t.id, l.owner_id, 'PRIMARY' from leaseport.leases l"
            + " join leaseport.units u on u.id = l.unit_id"
            + " join leaseport.tenants t on t.email = 'renter' || substr(u.unit_number, 2)"
            + " || '@scale.test' and t.owner_id = l.owner_id");
    sql.execute("update leaseport.leases set status = 'ACTIVE' where owner_id = ?", owner.userId());
    sql.execute(
        "vacuum analyze leaseport.users, leaseport.units, leaseport.tenants, leaseport.leases,"
            + " leaseport.lease_tenants, leaseport.charges, leaseport.notifications");
  }
}
