package dev.leaseport.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may execute which function, and what each role may do by itself. A new function fails this
 * test until it is listed here with the roles it is granted to.
 */
class PrivilegesTest extends DatabaseTest {

  /** Every function of schemas leaseport and auth, and the roles that may execute it. */
  private static final Map<String, Set<String>> EXPECTED_EXECUTE_GRANTS =
      Map.ofEntries(
          Map.entry("auth.jwt()", Set.of("authenticated", "service_role")),
          Map.entry("auth.uid()", Set.of("authenticated", "service_role")),
          Map.entry("leaseport.touch_row()", Set.of()),
          Map.entry("leaseport.provision_caller()", Set.of("authenticated")),
          Map.entry("leaseport.keep_sent_lease_terms()", Set.of()),
          Map.entry("leaseport.keep_sent_lease_parties()", Set.of()),
          Map.entry("leaseport.notify_lease_status()", Set.of()),
          Map.entry("leaseport.notify_lease_signed()", Set.of()),
          Map.entry("leaseport.my_lease_ids()", Set.of("authenticated")),
          Map.entry("leaseport.my_leased_unit_ids()", Set.of("authenticated")),
          Map.entry("leaseport.my_leased_property_ids()", Set.of("authenticated")),
          Map.entry("leaseport.my_lease_id_array()", Set.of("authenticated")),
          Map.entry("leaseport.calling_owner()", Set.of("authenticated")),
          Map.entry("leaseport.send_lease(lease_id uuid)", Set.of("authenticated")),
          Map.entry(
              "leaseport.sign_lease(lease_id uuid, client_ip text, user_agent text)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.terminate_lease(lease_id uuid, effective_on date, reason text)",
              Set.of("authenticated")),
          Map.entry("leaseport.cancel_lease(lease_id uuid)", Set.of("authenticated")),
          Map.entry(
              "leaseport.renew_lease(lease_id uuid, end_date date, rent_amount bigint)",
              Set.of("authenticated")),
          Map.entry("leaseport.end_expired_leases(as_of date)", Set.of("service_role")),
          Map.entry("leaseport.accept_invitation(p_token_hash bytea)", Set.of("authenticated")),
          Map.entry("leaseport.invitation_email_from_tenant()", Set.of()),
          Map.entry(
              "leaseport.apply_account_updated(p_account jsonb, p_event_created timestamp with time"
                  + " zone)",
              Set.of("service_role")),
          Map.entry("leaseport.lock_plan_usage()", Set.of("authenticated")),
          Map.entry("leaseport.tenant_overview()", Set.of("authenticated")),
          // The owner's analytics (V95): the request tier only, never the system tier.
          Map.entry(
              "leaseport.revenue_report(from_month date, to_month date)", Set.of("authenticated")),
          Map.entry(
              "leaseport.occupancy_report(months integer, as_of date)", Set.of("authenticated")),
          Map.entry("leaseport.maintenance_report()", Set.of("authenticated")),
          Map.entry(
              "leaseport.expiring_leases_report(within_days integer, page_limit integer,"
                  + " page_offset integer, as_of date)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.tenant_payment_history(of_tenant uuid, page_limit integer, page_offset"
                  + " integer)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.apply_subscription_event(p_type text, p_object jsonb, p_event_created"
                  + " timestamp with time zone, p_plans_by_price jsonb)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.remember_my_stripe_customer(p_customer_id text)", Set.of("authenticated")),
          Map.entry("leaseport.set_default_payment_method(p_id uuid)", Set.of("authenticated")),
          Map.entry("leaseport.delete_my_payment_method(p_id uuid)", Set.of("authenticated")),
          Map.entry(
              "leaseport.apply_setup_intent_succeeded(p_intent jsonb)", Set.of("service_role")),
          Map.entry(
              "leaseport.apply_payment_method_detached(p_method jsonb)", Set.of("service_role")),
          Map.entry(
              "leaseport.set_lease_autopay(p_lease_id uuid, p_payment_method_id uuid)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.claim_autopay_payments(p_as_of date, p_fee_bps integer, p_stale"
                  + " interval)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.record_autopay_outcome(p_payment_id uuid, p_intent_id text,"
                  + " p_failure_code text, p_failure_message text)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.start_rent_payment(p_charge_id uuid, p_fee_bps integer)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.record_payment_start(p_payment_id uuid, p_intent_id text,"
                  + " p_failure_code text, p_failure_message text)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.request_refund(p_payment_id uuid, p_amount bigint, p_reason text)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.record_refund(p_refund_id uuid, p_stripe_refund_id text)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.set_charge_amounts(p_charge_id uuid, p_paid bigint, p_pending bigint,"
                  + " p_refunded bigint)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.notify_payment(p_payment leaseport.payments, p_user uuid, p_type"
                  + " leaseport.notification_type, p_title text)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.apply_payment_intent_event(p_type text, p_intent jsonb, p_event_created"
                  + " timestamp with time zone)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.apply_charge_refunded(p_charge jsonb, p_event_created timestamp with"
                  + " time zone)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.apply_dispute_event(p_type text, p_dispute jsonb, p_event_created"
                  + " timestamp with time zone)",
              Set.of("service_role")),
          Map.entry(
              "leaseport.rent_for_days(rent bigint, from_day date, to_day date)",
              Set.of("service_role")),
          Map.entry("leaseport.notify_charges_created()", Set.of()),
          Map.entry("leaseport.generate_rent_charges(as_of date)", Set.of("service_role")),
          Map.entry("leaseport.apply_late_fees(as_of date)", Set.of("service_role")),
          Map.entry(
              "leaseport.add_charge(lease_id uuid, description text, amount bigint, currency"
                  + " text, due_date date)",
              Set.of("authenticated")),
          Map.entry("leaseport.void_charge(charge_id uuid)", Set.of("authenticated")),
          Map.entry("leaseport.charge_has_payment_in_flight(p_charge_id uuid)", Set.of()),
          Map.entry("leaseport.my_active_lease_ids()", Set.of("authenticated")),
          Map.entry("leaseport.my_active_unit_ids()", Set.of("authenticated")),
          Map.entry(
              "leaseport.maintenance_move_allowed(from_status leaseport.maintenance_status,"
                  + " to_status leaseport.maintenance_status)",
              Set.of()),
          Map.entry("leaseport.record_maintenance_filed()", Set.of()),
          Map.entry("leaseport.record_maintenance_status()", Set.of()),
          Map.entry(
              "leaseport.file_maintenance_request(unit_id uuid, title text, description text,"
                  + " category leaseport.maintenance_category, priority"
                  + " leaseport.maintenance_priority)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.cancel_maintenance_request(request_id uuid, note text)",
              Set.of("authenticated")),
          Map.entry(
              "leaseport.claim_idempotency_key(p_key text, p_fingerprint bytea)",
              Set.of("authenticated")),
          Map.entry("leaseport.expire_idempotency_keys(as_of date)", Set.of("service_role")),
          Map.entry("leaseport.owner_dashboard(as_of date)", Set.of("authenticated")),
          Map.entry("leaseport.rent_roll(p_as_of date)", Set.of("authenticated")),
          Map.entry("leaseport.payments_export(p_from date, p_to date)", Set.of("authenticated")));

  /**
   * The functions that run with their owner's rights (SECURITY DEFINER), each listed in the
   * row-level-security ADR with why it crosses the boundary, and the search_path each fixes.
   */
  private static final Map<String, String> EXPECTED_SECURITY_DEFINERS =
      Map.ofEntries(
          Map.entry("leaseport.provision_caller()", "search_path=\"\""),
          Map.entry("leaseport.accept_invitation(p_token_hash bytea)", "search_path=\"\""),
          Map.entry("leaseport.my_lease_ids()", "search_path=\"\""),
          Map.entry("leaseport.my_leased_unit_ids()", "search_path=\"\""),
          Map.entry("leaseport.my_leased_property_ids()", "search_path=\"\""),
          Map.entry("leaseport.send_lease(lease_id uuid)", "search_path=\"\""),
          Map.entry(
              "leaseport.sign_lease(lease_id uuid, client_ip text, user_agent text)",
              "search_path=\"\""),
          Map.entry(
              "leaseport.terminate_lease(lease_id uuid, effective_on date, reason text)",
              "search_path=\"\""),
          Map.entry("leaseport.cancel_lease(lease_id uuid)", "search_path=\"\""),
          Map.entry(
              "leaseport.remember_my_stripe_customer(p_customer_id text)", "search_path=\"\""),
          Map.entry(
              "leaseport.set_lease_autopay(p_lease_id uuid, p_payment_method_id uuid)",
              "search_path=\"\""),
          Map.entry(
              "leaseport.start_rent_payment(p_charge_id uuid, p_fee_bps integer)",
              "search_path=\"\""),
          Map.entry(
              "leaseport.record_payment_start(p_payment_id uuid, p_intent_id text,"
                  + " p_failure_code text, p_failure_message text)",
              "search_path=\"\""),
          Map.entry(
              "leaseport.request_refund(p_payment_id uuid, p_amount bigint, p_reason text)",
              "search_path=\"\""),
          Map.entry(
              "leaseport.record_refund(p_refund_id uuid, p_stripe_refund_id text)",
              "search_path=\"\""),
          Map.entry(
              "leaseport.add_charge(lease_id uuid, description text, amount bigint, currency"
                  + " text, due_date date)",
              "search_path=\"\""),
          Map.entry("leaseport.void_charge(charge_id uuid)", "search_path=\"\""),
          Map.entry("leaseport.my_active_lease_ids()", "search_path=\"\""),
          Map.entry("leaseport.my_active_unit_ids()", "search_path=\"\""),
          Map.entry("leaseport.record_maintenance_filed()", "search_path=\"\""),
          Map.entry("leaseport.record_maintenance_status()", "search_path=\"\""),
          Map.entry(
              "leaseport.cancel_maintenance_request(request_id uuid, note text)",
              "search_path=\"\""));

  /** Grantees of EXECUTE other than the function's owner; PUBLIC appears as "PUBLIC". */
  private static final String EXECUTE_GRANTEES =
"""
select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as signature,
       case when a.grantee = 0 then 'PUBLIC' else pg_get_userbyid(a.grantee) end as grantee
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
left join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
  on a.privilege_type = 'EXECUTE' and a.grantee <> p.proowner
where n.nspname in ('leaseport', 'auth')
""";

  @Test
  void everyFunctionIsExecutableExactlyByTheRolesListedForIt() {
    assertThat(executeGrants()).isEqualTo(EXPECTED_EXECUTE_GRANTS);
  }

  @Test
  void onlyTheListedFunctionsRunWithTheirOwnersRightsEachWithAFixedSearchPath() {
    Map<String, String> definers =
        database()
            .superuser()
            .fetch(
                "select n.nspname || '.' || p.proname || '('"
                    + " || pg_get_function_identity_arguments(p.oid) || ')',"
                    + " coalesce(array_to_string(p.proconfig, ','), '') from pg_proc p join"
                    + " pg_namespace n on n.oid = p.pronamespace where n.nspname in ('leaseport',"
                    + " 'auth') and p.prosecdef")
            .intoMap(r -> r.get(0, String.class), r -> r.get(1, String.class));

    assertThat(definers).isEqualTo(EXPECTED_SECURITY_DEFINERS);
  }

  @Test
  void publicMayExecuteNoFunction() {
    Map<String, Set<String>> grants = executeGrants();

    assertThat(grants).isNotEmpty();
    assertThat(grants)
        .allSatisfy(
            (function, grantees) -> assertThat(grantees).as(function).doesNotContain("PUBLIC"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"authenticator", "system_authenticator"})
  void theLoginRoleCannotExecuteAnyFunctionWithoutSwitchingRole(String login) {
    List<Boolean> allowed =
        database()
            .superuser()
            .fetch(
                "select has_function_privilege(?, p.oid, 'EXECUTE') from pg_proc p"
                    + " join pg_namespace n on n.oid = p.pronamespace where n.nspname in"
                    + " ('leaseport', 'auth')",
                login)
            .getValues(0, Boolean.class);

    assertThat(allowed).isNotEmpty().containsOnly(false);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"authenticator", "system_authenticator"})
  void theLoginRoleHasNoTablePrivilegesOfItsOwn(String login) {
    List<Record> grants =
        database()
            .superuser()
            .fetch(
                "select c.relname, a.privilege_type from pg_class c join pg_namespace n on n.oid ="
                    + " c.relnamespace cross join lateral aclexplode(coalesce(c.relacl,"
                    + " acldefault('r', c.relowner))) a where n.nspname in ('leaseport', 'auth')"
                    + " and a.grantee = ?::regrole",
                login);
    List<Record> effective =
        database()
            .superuser()
            .fetch(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname in ('leaseport', 'auth') and c.relkind in ('r', 'p', 'v')"
                    + " and has_table_privilege(?, c.oid, 'SELECT, INSERT, UPDATE,"
                    + " DELETE, TRUNCATE')",
                login);

    assertThat(grants).isEmpty();
    assertThat(effective).as("rights inherited without SET ROLE").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"authenticator", "system_authenticator"})
  void theLoginRoleDoesNotInheritTheRightsOfTheRolesItMaySwitchTo(String name) {
    Record login =
        database()
            .superuser()
            .fetchSingle(
                "select rolinherit, rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname"
                    + " = ?",
                name);

    assertThat(login.get("rolinherit", Boolean.class)).isFalse();
    assertThat(login.get("rolcanlogin", Boolean.class)).isTrue();
    assertThat(login.get("rolsuper", Boolean.class)).isFalse();
    assertThat(login.get("rolbypassrls", Boolean.class)).isFalse();
  }

  /** Each tier has its own login, so a request's connection can never become the system tier. */
  @ParameterizedTest(name = "{0} may become {1} only")
  @CsvSource({"authenticator, authenticated", "system_authenticator, service_role"})
  void eachLoginMaySwitchToTheRoleOfItsOwnTierOnly(String login, String tierRole) {
    List<String> memberOf =
        database()
            .superuser()
            .fetch(
                "select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid"
                    + " where m.member = ?::regrole order by 1",
                login)
            .getValues(0, String.class);

    assertThat(memberOf).containsExactly(tierRole);
  }

  @Test
  void onlyTheSystemTierRoleBypassesRowLevelSecurity() {
    Map<String, Boolean> bypass =
        database()
            .superuser()
            .fetch(
                "select rolname, rolbypassrls from pg_roles where rolname in ('authenticated',"
                    + " 'service_role', 'authenticator', 'system_authenticator',"
                    + " 'leaseport_owner')")
            .intoMap(r -> r.get(0, String.class), r -> r.get(1, Boolean.class));

    assertThat(bypass)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "authenticated",
                false,
                "service_role",
                true,
                "authenticator",
                false,
                "system_authenticator",
                false,
                "leaseport_owner",
                false));
  }

  @Test
  void requestsHaveNoPrivilegeOnTheMigrationHistory() {
    boolean any =
        database()
            .superuser()
            .fetchSingle(
                "select has_table_privilege('authenticated', 'leaseport.flyway_schema_history',"
                    + " 'SELECT, INSERT, UPDATE, DELETE') or has_table_privilege('service_role',"
                    + " 'leaseport.flyway_schema_history', 'SELECT, INSERT, UPDATE, DELETE')")
            .get(0, Boolean.class);

    assertThat(any).isFalse();
  }

  @Test
  void publicHasNoPrivilegeOnAnyTableOrSchemaOfLeaseport() {
    List<Record> tableGrants =
        database()
            .superuser()
            .fetch(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " cross join lateral aclexplode(coalesce(c.relacl, acldefault('r',"
                    + " c.relowner))) a where n.nspname in ('leaseport', 'auth') and a.grantee ="
                    + " 0");
    List<Record> schemaGrants =
        database()
            .superuser()
            .fetch(
                "select n.nspname from pg_namespace n cross join lateral"
                    + " aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a where"
                    + " n.nspname in ('leaseport', 'auth') and a.grantee = 0");

    assertThat(tableGrants).isEmpty();
    assertThat(schemaGrants).isEmpty();
  }

  private Map<String, Set<String>> executeGrants() {
    Map<String, Set<String>> grants = new TreeMap<>();
    for (Record row : database().superuser().fetch(EXECUTE_GRANTEES)) {
      Set<String> grantees = grants.computeIfAbsent(row.get(0, String.class), k -> new TreeSet<>());
      if (row.get(1) != null) {
        grantees.add(row.get(1, String.class));
      }
    }
    return grants;
  }
}
