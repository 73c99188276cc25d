package dev.leaseport.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.identity.Caller;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every tenant table × every operation × every kind of actor, against the expected outcome. A row
 * of the matrix is needed for every table of schema {@code leaseport}: a new table fails the suite
 * until someone states who may do what with it.
 */
class RowLevelSecurityMatrixTest extends SecurityTest {

  /**
   * LINKED_TENANT is a renter whose user is linked to OWNER's seeded tenant record (and, where a
   * table has a lease, party to OWNER's seeded lease); UNLINKED_TENANT is a renter with no record
   * anywhere; OTHER_OWNERS_TENANT is linked to a record of OTHER_OWNER; ANONYMOUS is {@code
   * authenticated} without claims.
   */
  enum Actor {
    OWNER,
    OTHER_OWNER,
    LINKED_TENANT,
    UNLINKED_TENANT,
    OTHER_OWNERS_TENANT,
    ANONYMOUS
  }

  enum Operation {
    SELECT,
    INSERT,
    UPDATE,
    DELETE
  }

  /** ALLOWED: the row is seen or written; NO_ROWS: it is invisible; DENIED: an error (42501). */
  enum Outcome {
    ALLOWED,
    NO_ROWS,
    DENIED
  }

  /**
   * Who may do what with a row that belongs to OWNER (for users and notifications: OWNER's own row;
   * for payment_methods: LINKED_TENANT's own saved card). Columns: table, operation, then the
   * outcome for each {@link Actor} in declaration order: OWNER, OTHER_OWNER, LINKED_TENANT,
   * UNLINKED_TENANT, OTHER_OWNERS_TENANT, ANONYMOUS.
   */
  private static final String MATRIX =
      """
      users          SELECT  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      users          INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      users          UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      users          DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      properties     SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      properties     INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      properties     UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      properties     DELETE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      units          SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      units          INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      units          UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      units          DELETE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      tenants        SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      tenants        INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      tenants        UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      tenants        DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      tenant_notes   SELECT  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      tenant_notes   INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      tenant_notes   UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      tenant_notes   DELETE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      notifications  SELECT  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      notifications  INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      notifications  UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      notifications  DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      invitations    SELECT  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      invitations    INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      invitations    UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      invitations    DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      leases            SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      leases            INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      leases            UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      leases            DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      lease_tenants     SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      lease_tenants     INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      lease_tenants     UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      lease_tenants     DELETE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      lease_signatures  SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      lease_signatures  INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      lease_signatures  UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      lease_signatures  DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      job_runs       SELECT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      job_runs       INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      job_runs       UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      job_runs       DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      connected_accounts SELECT ALLOWED NO_ROWS NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      connected_accounts INSERT ALLOWED DENIED  DENIED   DENIED   DENIED   DENIED
      connected_accounts UPDATE DENIED  DENIED  DENIED   DENIED   DENIED   DENIED
      connected_accounts DELETE DENIED  DENIED  DENIED   DENIED   DENIED   DENIED
      stripe_events  SELECT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      stripe_events  INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      stripe_events  UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      stripe_events  DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      subscriptions  SELECT  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      subscriptions  INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      subscriptions  UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      subscriptions  DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payment_methods SELECT NO_ROWS  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      payment_methods INSERT DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payment_methods UPDATE NO_ROWS  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      payment_methods DELETE NO_ROWS  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      autopay_attempts SELECT DENIED  DENIED   DENIED   DENIED   DENIED   DENIED
      autopay_attempts INSERT DENIED  DENIED   DENIED   DENIED   DENIED   DENIED
      autopay_attempts UPDATE DENIED  DENIED   DENIED   DENIED   DENIED   DENIED
      autopay_attempts DELETE DENIED  DENIED   DENIED   DENIED   DENIED   DENIED
      charges        SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      charges        INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      charges        UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      charges        DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      maintenance_requests SELECT ALLOWED NO_ROWS ALLOWED NO_ROWS  NO_ROWS  NO_ROWS
      maintenance_requests INSERT ALLOWED DENIED  ALLOWED DENIED   DENIED   DENIED
      maintenance_requests UPDATE ALLOWED NO_ROWS NO_ROWS NO_ROWS  NO_ROWS  NO_ROWS
      maintenance_requests DELETE DENIED  DENIED  DENIED  DENIED   DENIED   DENIED
      maintenance_events   SELECT ALLOWED NO_ROWS ALLOWED NO_ROWS  NO_ROWS  NO_ROWS
      maintenance_events   INSERT DENIED  DENIED  DENIED  DENIED   DENIED   DENIED
      maintenance_events   UPDATE DENIED  DENIED  DENIED  DENIED   DENIED   DENIED
      maintenance_events   DELETE DENIED  DENIED  DENIED  DENIED   DENIED   DENIED
      expenses       SELECT  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      expenses       INSERT  ALLOWED  DENIED   DENIED   DENIED   DENIED   DENIED
      expenses       UPDATE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      expenses       DELETE  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      payments       SELECT  ALLOWED  NO_ROWS  ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS
      payments       INSERT  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payments       UPDATE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payments       DELETE  DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payment_refunds SELECT ALLOWED  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      payment_refunds INSERT DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payment_refunds UPDATE DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      payment_refunds DELETE DENIED   DENIED   DENIED   DENIED   DENIED   DENIED
      idempotency_keys SELECT ALLOWED NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      idempotency_keys INSERT ALLOWED DENIED   DENIED   DENIED   DENIED   DENIED
      idempotency_keys UPDATE DENIED  DENIED   DENIED   DENIED   DENIED   DENIED
      idempotency_keys DELETE ALLOWED NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS  NO_ROWS
      """;

  /**
   * The statement for each cell, aimed at OWNER's seeded row. :owner, :property, :unit, :tenant,
   * :notification, :invitation, :jobRun and :charge stand for the seeded ids. Inserts write a new
   * row that belongs to OWNER.
   *
   * <p>:lease is OWNER's lease of :unit to :tenant, sent and signed by OWNER (a renter sees a lease
   * once it is sent); writes aim at :draftLease, the only state whose terms and tenants may change.
   * A unit or property with lease history cannot be deleted (409), so deletes aim at :spareUnit and
   * :spareProperty, which have none; :spareTenant is a second tenant record of OWNER, with no note
   * (the note of :tenant is seeded).
   */
  private static final Map<String, Map<Operation, String>> STATEMENTS =
      Map.ofEntries(
          Map.entry(
              "leases",
              Map.of(
                  Operation.SELECT, "select id from leaseport.leases where id = :lease",
                  Operation.INSERT,
                      "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                          + " rent_amount) values (:owner, :unit, '2031-01-01', '2031-12-31',"
                          + " 100000)",
                  Operation.UPDATE,
                      "update leaseport.leases set rent_amount = 120000 where id = :draftLease",
                  Operation.DELETE, "delete from leaseport.leases where id = :draftLease")),
          Map.entry(
              "lease_tenants",
              Map.of(
                  Operation.SELECT,
                  "select lease_id from leaseport.lease_tenants where lease_id = :lease",
                  Operation.INSERT,
                  "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
                      + " values (:draftLease, :spareTenant, :owner, 'CO_TENANT')",
                  Operation.UPDATE,
                  "update leaseport.lease_tenants set role = 'CO_TENANT'"
                      + " where lease_id = :draftLease",
                  Operation.DELETE,
                  "delete from leaseport.lease_tenants where lease_id = :draftLease")),
          Map.entry(
              "lease_signatures",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.lease_signatures where lease_id = :lease",
                  Operation.INSERT,
                  "insert into leaseport.lease_signatures (lease_id, owner_id, party,"
                      + " tenant_id, signed_by) values (:lease, :owner, 'TENANT', :tenant,"
                      + " :owner)",
                  Operation.UPDATE,
                  "update leaseport.lease_signatures set client_ip = '10.0.0.1'"
                      + " where lease_id = :lease",
                  Operation.DELETE,
                  "delete from leaseport.lease_signatures where lease_id = :lease")),
          Map.entry(
              "users",
              Map.of(
                  Operation.SELECT, "select id from leaseport.users where id = :owner",
                  Operation.INSERT,
                      "insert into leaseport.users (id, email, user_type)"
                          + " values (gen_random_uuid(), 'new@example.test', 'OWNER')",
                  Operation.UPDATE,
                      "update leaseport.users set full_name = 'Changed' where id = :owner",
                  Operation.DELETE, "delete from leaseport.users where id = :owner")),
          Map.entry(
              "properties",
              Map.of(
                  Operation.SELECT, "select id from leaseport.properties where id = :property",
                  Operation.INSERT,
                      "insert into leaseport.properties"
                          + " (owner_id, name, address_line1, city, property_type)"
                          + " values (:owner, 'New', '2 Side Street', 'Springfield', 'CONDO')",
                  Operation.UPDATE,
                      "update leaseport.properties set name = 'Changed' where id = :property",
                  Operation.DELETE, "delete from leaseport.properties where id = :spareProperty")),
          Map.entry(
              "units",
              Map.of(
                  Operation.SELECT, "select id from leaseport.units where id = :unit",
                  Operation.INSERT,
                      "insert into leaseport.units (owner_id, property_id, unit_number,"
                          + " rent_amount) values (:owner, :property, 'NEW', 100000)",
                  Operation.UPDATE,
                      "update leaseport.units set unit_number = 'Changed' where id = :unit",
                  Operation.DELETE, "delete from leaseport.units where id = :spareUnit")),
          Map.entry(
              "tenants",
              Map.of(
                  Operation.SELECT, "select id from leaseport.tenants where id = :tenant",
                  Operation.INSERT,
                      "insert into leaseport.tenants (owner_id, first_name, last_name, email)"
                          + " values (:owner, 'New', 'Renter', 'new.renter@example.test')",
                  Operation.UPDATE,
                      "update leaseport.tenants set first_name = 'Changed' where id = :tenant",
                  Operation.DELETE, "delete from leaseport.tenants where id = :tenant")),
          Map.entry(
              "tenant_notes",
              Map.of(
                  Operation.SELECT,
                  "select tenant_id from leaseport.tenant_notes where tenant_id = :tenant",
                  Operation.INSERT,
                  "insert into leaseport.tenant_notes (tenant_id, owner_id, notes)"
                      + " values (:spareTenant, :owner, 'New note')",
                  Operation.UPDATE,
                  "update leaseport.tenant_notes set notes = 'Changed' where tenant_id = :tenant",
                  Operation.DELETE,
                  "delete from leaseport.tenant_notes where tenant_id = :tenant")),
          Map.entry(
              "notifications",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.notifications where id = :notification",
                  Operation.INSERT,
                  "insert into leaseport.notifications (user_id, owner_id, type, title)"
                      + " values (:owner, :owner, 'LEASE_SIGNED', 'Forged')",
                  Operation.UPDATE,
                  "update leaseport.notifications set read_at = now()"
                      + " where id = :notification",
                  Operation.DELETE,
                  "delete from leaseport.notifications where id = :notification")),
          Map.entry(
              "invitations",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.invitations where id = :invitation",
                  Operation.INSERT,
                  "insert into leaseport.invitations (owner_id, tenant_id, token_hash, expires_at)"
                      + " values (:owner, :tenant, sha256('new-token'), now() + interval '7 days')",
                  Operation.UPDATE,
                  "update leaseport.invitations set status = 'REVOKED' where id = :invitation",
                  Operation.DELETE,
                  "delete from leaseport.invitations where id = :invitation")),
          Map.entry(
              "job_runs",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.job_runs where id = :jobRun",
                  Operation.INSERT,
                  "insert into leaseport.job_runs (job, run_date, outcome, triggered_by,"
                      + " server, started_at, finished_at) values ('forged', '2026-01-02',"
                      + " 'SUCCEEDED', 'ADMIN', 'forged', now(), now())",
                  Operation.UPDATE,
                  "update leaseport.job_runs set outcome = 'FAILED', error = 'forged'"
                      + " where id = :jobRun",
                  Operation.DELETE,
                  "delete from leaseport.job_runs where id = :jobRun")),
          Map.entry(
              "connected_accounts",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.connected_accounts where owner_id = :owner",
                  Operation.INSERT,
                  "insert into leaseport.connected_accounts (owner_id, stripe_account_id)"
                      + " values (:owner, 'acct_matrixNew')",
                  Operation.UPDATE,
                  "update leaseport.connected_accounts set charges_enabled = true"
                      + " where owner_id = :owner",
                  Operation.DELETE,
                  "delete from leaseport.connected_accounts where owner_id = :owner")),
          Map.entry(
              "stripe_events",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.stripe_events where id = 'evt_matrix'",
                  Operation.INSERT,
                  "insert into leaseport.stripe_events (id, type, created)"
                      + " values ('evt_matrixNew', 'account.updated', now())",
                  Operation.UPDATE,
                  "update leaseport.stripe_events set outcome = 'APPLIED', processed_at = now()"
                      + " where id = 'evt_matrix'",
                  Operation.DELETE,
                  "delete from leaseport.stripe_events where id = 'evt_matrix'")),
          Map.entry(
              "subscriptions",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.subscriptions where owner_id = :owner",
                  Operation.INSERT,
                  "insert into leaseport.subscriptions (owner_id, stripe_customer_id)"
                      + " values (:owner, 'cus_new')",
                  Operation.UPDATE,
                  "update leaseport.subscriptions set plan_id = 'pro', status = 'active'"
                      + " where owner_id = :owner",
                  Operation.DELETE,
                  "delete from leaseport.subscriptions where owner_id = :owner")),
          // A saved method is its renter's (LINKED_TENANT's), not an owner's: seeded for them.
          Map.entry(
              "payment_methods",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.payment_methods where stripe_payment_method_id ="
                      + " 'pm_matrix'",
                  Operation.INSERT,
                  "insert into leaseport.payment_methods (user_id, stripe_payment_method_id,"
                      + " kind) values (auth.uid(), 'pm_matrixNew', 'CARD')",
                  Operation.UPDATE,
                  "update leaseport.payment_methods set is_default = false"
                      + " where stripe_payment_method_id = 'pm_matrix'",
                  Operation.DELETE,
                  "delete from leaseport.payment_methods where stripe_payment_method_id ="
                      + " 'pm_matrix'")),
          // The autopay job's own records: the system tier's alone, like job_runs.
          Map.entry(
              "autopay_attempts",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.autopay_attempts",
                  Operation.INSERT,
                  "insert into leaseport.autopay_attempts (owner_id, charge_id, lease_id,"
                      + " payment_id, attempted_on) values (:owner, gen_random_uuid(), :lease,"
                      + " gen_random_uuid(), '2030-01-01')",
                  Operation.UPDATE,
                  "update leaseport.autopay_attempts set status = 'DECLINED'",
                  Operation.DELETE,
                  "delete from leaseport.autopay_attempts")),
          Map.entry(
              "charges",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.charges where id = :charge",
                  Operation.INSERT,
                  "insert into leaseport.charges (owner_id, lease_id, currency, kind,"
                      + " description, amount, due_date) values (:owner, :lease, 'usd', 'OTHER',"
                      + " 'Forged', 1000, '2030-02-01')",
                  Operation.UPDATE,
                  "update leaseport.charges set status = 'VOID', voided_at = now()"
                      + " where id = :charge",
                  Operation.DELETE,
                  "delete from leaseport.charges where id = :charge")),
          Map.entry(
              "maintenance_requests",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.maintenance_requests where id = :maintenanceRequest",
                  Operation.INSERT,
                  "insert into leaseport.maintenance_requests (owner_id, unit_id, lease_id,"
                      + " requested_by, title) values (:owner, :activeUnit, :activeLease,"
                      + " (select auth.uid()), 'New leak')",
                  Operation.UPDATE,
                  "update leaseport.maintenance_requests set priority = 'HIGH'"
                      + " where id = :maintenanceRequest",
                  Operation.DELETE,
                  "delete from leaseport.maintenance_requests where id = :maintenanceRequest")),
          Map.entry(
              "maintenance_events",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.maintenance_events"
                      + " where request_id = :maintenanceRequest",
                  Operation.INSERT,
                  "insert into leaseport.maintenance_events (request_id, owner_id, from_status,"
                      + " to_status, actor_id) values (:maintenanceRequest, :owner, 'OPEN',"
                      + " 'COMPLETED', (select auth.uid()))",
                  Operation.UPDATE,
                  "update leaseport.maintenance_events set note = 'Forged'"
                      + " where request_id = :maintenanceRequest",
                  Operation.DELETE,
                  "delete from leaseport.maintenance_events"
                      + " where request_id = :maintenanceRequest")),
          Map.entry(
              "expenses",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.expenses where id = :expense",
                  Operation.INSERT,
                  "insert into leaseport.expenses (owner_id, property_id, unit_id, category,"
                      + " amount, incurred_on) values (:owner, :property, :activeUnit,"
                      + " 'REPAIRS', 100, '2026-02-01')",
                  Operation.UPDATE,
                  "update leaseport.expenses set amount = 200 where id = :expense",
                  Operation.DELETE,
                  "delete from leaseport.expenses where id = :expense")),
          Map.entry(
              "payments",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.payments where id = :payment",
                  Operation.INSERT,
                  "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id,"
                      + " amount, currency, application_fee_amount, status) values (:owner,"
                      + " :charge, :lease, :owner, 1, 'usd', 0, 'SUCCEEDED')",
                  Operation.UPDATE,
                  "update leaseport.payments set status = 'SUCCEEDED' where id = :payment",
                  Operation.DELETE,
                  "delete from leaseport.payments where id = :payment")),
          Map.entry(
              "payment_refunds",
              Map.of(
                  Operation.SELECT,
                  "select id from leaseport.payment_refunds where id = :refund",
                  Operation.INSERT,
                  "insert into leaseport.payment_refunds (owner_id, payment_id, amount, currency,"
                      + " reason, requested_by) values (:owner, :payment, 1, 'usd', 'DUPLICATE',"
                      + " :owner)",
                  Operation.UPDATE,
                  "update leaseport.payment_refunds set status = 'FAILED' where id = :refund",
                  Operation.DELETE,
                  "delete from leaseport.payment_refunds where id = :refund")),
          // OWNER's stored answer under key 'seeded', expired (only an expired key may be deleted,
          // see theOwnerCannotDeleteAKeyThatHasNotExpired).
          Map.entry(
              "idempotency_keys",
              Map.of(
                  Operation.SELECT,
                  "select key from leaseport.idempotency_keys where owner_id = :owner",
                  Operation.INSERT,
                  "insert into leaseport.idempotency_keys (owner_id, key, fingerprint, status,"
                      + " body) values (:owner, 'new', sha256('new'), 201, '')",
                  Operation.UPDATE,
                  "update leaseport.idempotency_keys set status = 200 where owner_id = :owner",
                  Operation.DELETE,
                  "delete from leaseport.idempotency_keys where owner_id = :owner")));

  private Map<Actor, Optional<Caller>> actors;
  private UUID owner;
  private UUID property;
  private UUID unit;
  private UUID tenant;
  private UUID notification;
  private UUID invitation;
  private UUID lease;
  private UUID draftLease;
  private UUID spareTenant;
  private UUID spareProperty;
  private UUID spareUnit;
  private UUID jobRun;
  private UUID charge;
  private UUID activeUnit;
  private UUID activeLease;
  private UUID maintenanceRequest;
  private UUID expense;
  private UUID payment;
  private UUID refund;

  @BeforeEach
  void seedARowOfEachTableForOwner() {
    Caller ownerCaller = newOwner();
    Caller otherOwner = newOwner();
    Caller linkedTenant = newTenant();
    Caller otherOwnersTenant = newTenant();
    actors =
        Map.of(
            Actor.OWNER, Optional.of(ownerCaller),
            Actor.OTHER_OWNER, Optional.of(otherOwner),
            Actor.LINKED_TENANT, Optional.of(linkedTenant),
            Actor.UNLINKED_TENANT, Optional.of(newTenant()),
            Actor.OTHER_OWNERS_TENANT, Optional.of(otherOwnersTenant),
            Actor.ANONYMOUS, Optional.empty());
    owner = ownerCaller.userId();
    tenant = linkedTenantRecord(owner, linkedTenant.userId());
    // OWNER's private note about the linked renter, whom it must never reach.
    database()
        .superuser()
        .execute(
            "insert into leaseport.tenant_notes (tenant_id, owner_id, notes)"
                + " values (?, ?, 'Pays late')",
            tenant,
            owner);
    linkedTenantRecord(otherOwner.userId(), otherOwnersTenant.userId());
    // The linked renter's saved card, as Stripe's setup event leaves it.
    database()
        .superuser()
        .execute(
            "insert into leaseport.payment_methods (user_id, stripe_payment_method_id, kind,"
                + " brand, last4, is_default) values (?, 'pm_matrix', 'CARD', 'visa', '4242',"
                + " true)",
            linkedTenant.userId());
    notification =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.notifications (user_id, owner_id, type, title)"
                    + " values (?, ?, 'INVITATION_ACCEPTED', 'Seeded') returning id",
                owner,
                owner)
            .get(0, UUID.class);
    invitation =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.invitations (owner_id, tenant_id, token_hash, expires_at)"
                    + " values (?, ?, sha256('seeded-token'), now() + interval '7 days')"
                    + " returning id",
                owner,
                tenant)
            .get(0, UUID.class);
    property =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.properties (owner_id, name, address_line1, city,"
                    + " property_type) values (?, 'Seeded', '1 Main Street', 'Springfield',"
                    + " 'APARTMENT') returning id",
                owner)
            .get(0, UUID.class);
    unit =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                    + " values (?, ?, '1', 100000) returning id",
                owner,
                property)
            .get(0, UUID.class);
    // No owner's row: the run records are the system tier's alone.
    jobRun =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.job_runs (job, run_date, outcome, triggered_by, server,"
                    + " started_at, finished_at) values ('seeded', '2026-01-01', 'SUCCEEDED',"
                    + " 'SCHEDULE', 'seed', now(), now()) returning id")
            .get(0, UUID.class);
    seedLeases();
    // A rent charge of :lease, as the generation job leaves it: the renter party to it reads it.
    charge =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.charges (owner_id, lease_id, currency, kind, period_start,"
                    + " period_end, description, amount, due_date) values (?, ?, 'usd', 'RENT',"
                    + " '2030-01-01', '2030-01-31', 'Rent', 100000, '2030-01-01') returning id",
                owner,
                lease)
            .get(0, UUID.class);
    // The linked renter's succeeded payment of it, partly refunded by OWNER.
    payment =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.payments (owner_id, charge_id, lease_id, payer_id, amount,"
                    + " currency, application_fee_amount, status, stripe_payment_intent_id)"
                    + " values (?, ?, ?, ?, 100000, 'usd', 0, 'SUCCEEDED', 'pi_matrix')"
                    + " returning id",
                owner,
                charge,
                lease,
                linkedTenant.userId())
            .get(0, UUID.class);
    refund =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.payment_refunds (owner_id, payment_id, amount, currency,"
                    + " reason, requested_by) values (?, ?, 100, 'usd', 'DUPLICATE', ?)"
                    + " returning id",
                owner,
                payment,
                owner)
            .get(0, UUID.class);
    seedMaintenance();
  }

  /**
   * :activeLease is the linked tenant's ACTIVE lease of :activeUnit (the only state in which a
   * renter files a request); :maintenanceRequest is the request they filed under it, whose filing
   * the history trigger records as its one event.
   */
  private void seedMaintenance() {
    var sql = database().superuser();
    activeUnit =
        sql.fetchSingle(
                "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                    + " values (?, ?, 'A', 100000) returning id",
                owner,
                property)
            .get(0, UUID.class);
    activeLease = leaseOf(activeUnit, "ACTIVE", "2026-01-01", "2036-12-31");
    UUID filer = actors.get(Actor.LINKED_TENANT).orElseThrow().userId();
    maintenanceRequest =
        sql.fetchSingle(
                "insert into leaseport.maintenance_requests (owner_id, unit_id, lease_id,"
                    + " requested_by, title) values (?, ?, ?, ?, 'Dripping tap') returning id",
                owner,
                activeUnit,
                activeLease,
                filer)
            .get(0, UUID.class);
    // What the repair cost OWNER: an expense of the unit the linked tenant rents, which they must
    // still not see.
    expense =
        sql.fetchSingle(
                "insert into leaseport.expenses (owner_id, property_id, unit_id,"
                    + " maintenance_request_id, category, amount, incurred_on, vendor)"
                    + " values (?, ?, ?, ?, 'REPAIRS', 24500, '2026-02-01', 'Quick Plumbing')"
                    + " returning id",
                owner,
                property,
                activeUnit,
                maintenanceRequest)
            .get(0, UUID.class);
    database()
        .superuser()
        .execute(
            "insert into leaseport.idempotency_keys (owner_id, key, fingerprint, status, body,"
                + " expires_at) values (?, 'seeded', sha256('seeded'), 201, '',"
                + " now() - interval '1 minute')",
            owner);
  }

  /** OWNER's leases of :unit to the linked tenant, and a property and unit with no lease. */
  private void seedLeases() {
    var sql = database().superuser();
    spareTenant =
        sql.fetchSingle(
                "insert into leaseport.tenants (owner_id, first_name, last_name, email)"
                    + " values (?, 'Spare', 'Renter', 'spare@example.test') returning id",
                owner)
            .get(0, UUID.class);
    lease = leaseOf(unit, "PENDING_SIGNATURE", "2030-01-01", "2030-12-31");
    draftLease = leaseOf(unit, "DRAFT", "2032-01-01", "2032-12-31");
    sql.execute(
        "insert into leaseport.lease_signatures (lease_id, owner_id, party, signed_by)"
            + " values (?, ?, 'OWNER', ?)",
        lease,
        owner,
        owner);
    spareProperty =
        sql.fetchSingle(
                "insert into leaseport.properties (owner_id, name, address_line1, city,"
                    + " property_type) values (?, 'Spare', '3 Main Street', 'Springfield',"
                    + " 'CONDO') returning id",
                owner)
            .get(0, UUID.class);
    spareUnit =
        sql.fetchSingle(
                "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                    + " values (?, ?, 'S', 100000) returning id",
                owner,
                spareProperty)
            .get(0, UUID.class);
  }

  /** A lease of OWNER's {@code unit} to the linked tenant as PRIMARY, in {@code status}. */
  private UUID leaseOf(UUID unit, String status, String start, String end) {
    var sql = database().superuser();
    // Tenants are added while the lease is a DRAFT, as the application does; then it moves on.
    UUID id =
        sql.fetchSingle(
                "insert into leaseport.leases (owner_id, unit_id, start_date, end_date,"
                    + " rent_amount) values (?, ?, ?::date, ?::date, 100000) returning id",
                owner,
                unit,
                start,
                end)
            .get(0, UUID.class);
    sql.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
            + " values (?, ?, ?, 'PRIMARY')",
        id,
        tenant,
        owner);
    sql.execute(
        "update leaseport.leases set status = ?::leaseport.lease_status where id = ?", status, id);
    return id;
  }

  /** OWNER's subscription, as Stripe's events leave it. */
  private void seedSubscription() {
    database()
        .superuser()
        .execute(
            "insert into leaseport.subscriptions (owner_id, stripe_customer_id,"
                + " stripe_subscription_id, plan_id, status, stripe_updated_at)"
                + " values (?, 'cus_seeded', 'sub_seeded', 'starter', 'active', now())",
            owner);
  }

  /**
   * An owner has at most one payout account, so OWNER's is seeded except for the INSERT cell, which
   * creates it; a Stripe event (the inbox's rows belong to nobody) is always there.
   */
  private void seedOneOwnerWideRowUnlessInserting(String table, Operation operation) {
    database()
        .superuser()
        .execute(
            "insert into leaseport.stripe_events (id, type, created, processed_at, outcome)"
                + " values ('evt_matrix', 'account.updated', now(), now(), 'APPLIED')");
    if (!(table.equals("connected_accounts") && operation == Operation.INSERT)) {
      database()
          .superuser()
          .execute(
              "insert into leaseport.connected_accounts (owner_id, stripe_account_id)"
                  + " values (?, 'acct_matrixSeeded')",
              owner);
    }
  }

  /**
   * A tenant record of {@code owner} linked to {@code user}, as an accepted invitation leaves it.
   */
  private UUID linkedTenantRecord(UUID owner, UUID user) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
                + " values (?, 'Seeded', 'Renter', ?, ?) returning id",
            owner,
            user + "@example.test",
            user)
        .get(0, UUID.class);
  }

  @ParameterizedTest(name = "{0} {1} by {2}: {3}")
  @MethodSource("matrix")
  void eachActorGetsTheExpectedOutcome(
      String table, Operation operation, Actor actor, Outcome expected) {
    seedOneOwnerWideRowUnlessInserting(table, operation);
    if (table.equals("subscriptions") && operation != Operation.INSERT) {
      // One per owner: the insert cell needs OWNER without one, the others need it there.
      seedSubscription();
    }
    Attempt attempt = attempt(actors.get(actor), statement(table, operation));

    assertThat(outcomeOf(attempt)).as("%s %s by %s", table, operation, actor).isEqualTo(expected);
  }

  @Test
  void aTenantCannotCreateAPropertyWithThemselvesAsOwner() {
    Caller tenant = actors.get(Actor.UNLINKED_TENANT).orElseThrow();

    Attempt attempt =
        attempt(
            tenant,
            "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
                + " values ("
                + literal(tenant.userId())
                + ", 'Mine', '3 Side Street', 'Springfield', 'CONDO')");

    assertThat(outcomeOf(attempt)).isEqualTo(Outcome.DENIED);
  }

  @Test
  void aTenantCannotCreateAUnitWithThemselvesAsOwner() {
    Caller tenant = actors.get(Actor.UNLINKED_TENANT).orElseThrow();
    // A property that names the tenant as owner, as a bug or an old row might leave behind.
    UUID tenantsProperty =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.properties (owner_id, name, address_line1, city,"
                    + " property_type) values (?, 'Odd', '4 Side Street', 'Springfield',"
                    + " 'CONDO') returning id",
                tenant.userId())
            .get(0, UUID.class);

    Attempt attempt =
        attempt(
            tenant,
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                + " values ("
                + literal(tenant.userId())
                + ", "
                + literal(tenantsProperty)
                + ", 'T1', 100000)");

    assertThat(outcomeOf(attempt)).isEqualTo(Outcome.DENIED);
  }

  @Test
  void aTenantCannotChangeAPropertyThatNamesThemAsOwner() {
    Caller tenant = actors.get(Actor.UNLINKED_TENANT).orElseThrow();
    UUID tenantsProperty =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.properties (owner_id, name, address_line1, city,"
                    + " property_type) values (?, 'Odd', '4 Side Street', 'Springfield',"
                    + " 'CONDO') returning id",
                tenant.userId())
            .get(0, UUID.class);

    Attempt attempt =
        attempt(
            tenant,
            "update leaseport.properties set name = 'Changed' where id = "
                + literal(tenantsProperty));

    assertThat(outcomeOf(attempt)).isEqualTo(Outcome.DENIED);
  }

  /** Reading the unit and property of their lease gives a renter no right to change them. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "update leaseport.units set status = 'VACANT' where id = :unit",
        "delete from leaseport.units where id = :unit",
        "update leaseport.properties set name = 'Mine' where id = :property",
        "delete from leaseport.properties where id = :property",
        "update leaseport.leases set rent_amount = 1 where id = :lease",
        "update leaseport.lease_tenants set role = 'CO_TENANT' where lease_id = :lease"
      })
  void theLinkedTenantCannotWriteWhatTheirLeaseLetsThemRead(String sql) {
    Caller renter = actors.get(Actor.LINKED_TENANT).orElseThrow();

    Attempt attempt =
        attempt(
            renter,
            sql.replace(":unit", literal(unit))
                .replace(":property", literal(property))
                .replace(":lease", literal(lease)));

    assertThat(attempt.refused() || attempt.rows() == 0).as(attempt.toString()).isTrue();
    assertThat(attempt(renter, "select id from leaseport.units where id = " + literal(unit)).rows())
        .isEqualTo(1);
  }

  @Test
  void theOwnerCannotDeleteAKeyThatHasNotExpired() {
    database()
        .superuser()
        .execute(
            "insert into leaseport.idempotency_keys (owner_id, key, fingerprint, status, body)"
                + " values (?, 'live', sha256('live'), 201, '')",
            owner);

    Attempt attempt =
        attempt(
            actors.get(Actor.OWNER), "delete from leaseport.idempotency_keys where key = 'live'");

    assertThat(attempt.rows()).isZero();
    assertThat(attempt.refused()).isFalse();
  }

  @Test
  void everyTableOfSchemaLeaseportIsInTheMatrix() {
    List<String> tables = database().tenantTables();

    assertThat(tables).isNotEmpty();
    assertThat(matrixTables()).containsExactlyInAnyOrderElementsOf(tables);
  }

  @Test
  void everyTableOfTheMatrixHasEveryOperationOnceWithAStatement() {
    Map<String, List<Operation>> operations =
        rows()
            .collect(
                Collectors.groupingBy(
                    row -> row[0],
                    Collectors.mapping(row -> Operation.valueOf(row[1]), Collectors.toList())));

    operations.forEach(
        (table, ops) -> {
          assertThat(ops).as(table).containsExactlyInAnyOrder(Operation.values());
          assertThat(STATEMENTS.get(table))
              .as(table)
              .containsOnlyKeys(EnumSet.allOf(Operation.class));
        });
    assertThat(STATEMENTS.keySet()).isEqualTo(operations.keySet());
  }

  @Test
  void everyTenantTableHasRowLevelSecurityEnabledAndForced() {
    List<String> unprotected =
        database()
            .superuser()
            .fetch(
                "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'leaseport' and c.relkind in ('r', 'p')"
                    + " and c.relname <> 'flyway_schema_history'"
                    + " and not (c.relrowsecurity and c.relforcerowsecurity)")
            .getValues(0, String.class);

    assertThat(database().tenantTables()).isNotEmpty();
    assertThat(unprotected).as("tables without enabled and forced row-level security").isEmpty();
  }

  private static Outcome outcomeOf(Attempt attempt) {
    if (attempt.refused()) {
      assertThat(attempt.sqlState()).as("a refusal is insufficient_privilege").isEqualTo("42501");
      return Outcome.DENIED;
    }
    assertThat(attempt.rows()).as("the statement aims at one row").isBetween(0, 1);
    return attempt.rows() == 1 ? Outcome.ALLOWED : Outcome.NO_ROWS;
  }

  private String statement(String table, Operation operation) {
    return STATEMENTS
        .get(table)
        .get(operation)
        .replace(":owner", literal(owner))
        .replace(":property", literal(property))
        .replace(":unit", literal(unit))
        .replace(":tenant", literal(tenant))
        .replace(":notification", literal(notification))
        .replace(":invitation", literal(invitation))
        .replace(":draftLease", literal(draftLease))
        .replace(":lease", literal(lease))
        .replace(":spareTenant", literal(spareTenant))
        .replace(":spareProperty", literal(spareProperty))
        .replace(":spareUnit", literal(spareUnit))
        .replace(":jobRun", literal(jobRun))
        .replace(":charge", literal(charge))
        .replace(":activeUnit", literal(activeUnit))
        .replace(":activeLease", literal(activeLease))
        .replace(":maintenanceRequest", literal(maintenanceRequest))
        .replace(":expense", literal(expense))
        .replace(":payment", literal(payment))
        .replace(":refund", literal(refund));
  }

  private static String literal(UUID id) {
    return "'" + id + "'::uuid";
  }

  static Stream<Arguments> matrix() {
    return rows()
        .flatMap(
            row ->
                Arrays.stream(Actor.values())
                    .map(
                        actor ->
                            Arguments.of(
                                row[0],
                                Operation.valueOf(row[1]),
                                actor,
                                Outcome.valueOf(row[2 + actor.ordinal()]))));
  }

  private static Set<String> matrixTables() {
    return rows().map(row -> row[0]).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Stream<String[]> rows() {
    return MATRIX
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(
            line -> {
              String[] row = line.split("\\s+");
              if (row.length != 2 + Actor.values().length) {
                throw new IllegalStateException("malformed matrix row: " + line);
              }
              return row;
            });
  }
}
