package dev.leaseport.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules every table of tenant data follows, checked on the migrated catalogue so that a new table
 * that forgets one fails here.
 */
class SchemaRulesTest extends DatabaseTest {
  /**
   * The identity table (its id is the user, so it has no owner_id of its own); the job run records,
   * which belong to no owner (a job works across all of them); and the webhook inbox
   * (stripe_events): Stripe's events belong to no owner, and no request can reach them. A renter's
   * saved payment methods (payment_methods) belong to the renter, whose one card pays the leases of
   * any number of owners: their policy column is user_id, indexed.
   */
  private static final List<String> WITHOUT_OWNER_ID =
      List.of("users", "job_runs", "stripe_events", "payment_methods");

  /**
   * The webhook inbox's rows are written once, with their outcome in the claiming transaction, and
   * never edited by anyone after: no version to keep. Nor are the maintenance history's rows, which
   * no role may update, or stored idempotent answers (idempotency_keys), which nobody may update.
   */
  private static final List<String> WITHOUT_VERSION =
      List.of("stripe_events", "maintenance_events", "idempotency_keys");

  @Test
  void everyForeignKeyIsCoveredByAnIndexStartingWithItsColumns() {
    List<String> uncovered =
        database()
            .superuser()
            .fetch(
                """
                select c.conname from pg_constraint c
                join pg_namespace n on n.oid = c.connamespace
                where n.nspname = 'leaseport' and c.contype = 'f'
                  and not exists (
                    select 1 from pg_index i
                    where i.indrelid = c.conrelid
                      and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                      and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
                """)
            .getValues(0, String.class);

    assertThat(foreignKeyCount()).isPositive();
    assertThat(uncovered).as("foreign keys without an index").isEmpty();
  }

  @Test
  void everyTenantTableButUsersHasAnIndexedOwnerId() {
    List<String> missing =
        database().tenantTables().stream()
            .filter(table -> !WITHOUT_OWNER_ID.contains(table))
            .filter(
                table ->
                    database()
                            .count(
"""
select count(*) from pg_index i
join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
where i.indrelid = ('leaseport.' || quote_ident(?))::regclass and a.attname = 'owner_id'
""",
                                table)
                        == 0)
            .toList();

    assertThat(missing).as("tables without an index leading with owner_id").isEmpty();
  }

  @Test
  void everyTenantTableKeepsItsVersionWithTheTouchTrigger() {
    List<String> missing =
        database().tenantTables().stream()
            .filter(table -> !WITHOUT_VERSION.contains(table))
            .filter(
                table ->
                    database()
                            .count(
"""
select count(*) from pg_trigger t
where t.tgrelid = ('leaseport.' || quote_ident(?))::regclass
  and t.tgfoid = 'leaseport.touch_row()'::regprocedure and not t.tgisinternal
""",
                                table)
                        == 0)
            .toList();

    assertThat(database().tenantTables()).isNotEmpty();
    assertThat(missing).as("tables whose version is not kept by leaseport.touch_row").isEmpty();
  }

  private long foreignKeyCount() {
    return database()
        .count(
            "select count(*) from pg_constraint c join pg_namespace n on n.oid = c.connamespace"
                + " where n.nspname = 'leaseport' and c.contype = 'f'");
  }
}
