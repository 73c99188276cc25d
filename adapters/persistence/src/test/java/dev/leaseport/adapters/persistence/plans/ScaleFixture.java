package dev.leaseport.adapters.persistence.plans;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Many small owners and one large one (properties, units, tenants, leases with their parties,
 * invitations), loaded in a few set-based statements (as superuser, behind row-level security),
 * then analysed so the planner sees the real sizes.
 */
final class ScaleFixture {
  static final int SMALL_OWNERS = 1_000;
  static final int PROPERTIES_PER_SMALL_OWNER = 20;
  static final int UNITS_PER_SMALL_PROPERTY = 2;
  static final int LARGE_OWNER_PROPERTIES = 5_000;
  static final int UNITS_PER_LARGE_PROPERTY = 10;
  static final int TENANTS_PER_SMALL_OWNER = 2;
  static final int LARGE_OWNER_TENANTS = 5_000;
  static final int LEASES_PER_SMALL_OWNER = 2;
  static final int LARGE_OWNER_LEASES = 10_000;

  private ScaleFixture() {}

  /** Loads the small owners, and the large owner's data under {@code largeOwner}'s user row. */
  static void load(DSLContext superuser, UUID largeOwner) {
    superuser.execute(
        "insert into leaseport.users (id, email, user_type) select gen_random_uuid(), 'owner' || i"
            + " || '@scale.test', 'OWNER' from generate_series(1, ?) i",
        SMALL_OWNERS);
    superuser.execute(
        "insert into leaseport.properties (owner_id, name, address_line1, city, postal_code,"
            + " property_type, status, created_at) select u.id, 'Property ' || i || ' of ' ||"
            + " u.email, i || ' Main Street', (array['Springfield', 'Shelbyville', 'Ogdenville',"
            + " 'Capital City'])[1 + i % 4], lpad((i * 7919 % 99999)::text, 5, '0'),"
            + " 'APARTMENT', case when i % 10 = 0 then 'ARCHIVED' else 'ACTIVE'"
            + " end::leaseport.property_status, now() - i * interval '1 minute' from"
            + " leaseport.users u cross join generate_series(1, ?) i where u.email like"
            + " '%@scale.test'",
        PROPERTIES_PER_SMALL_OWNER);
    superuser.execute(
        "insert into leaseport.properties (owner_id, name, address_line1, city, postal_code,"
            + " property_type, status, created_at) select ?, 'Block ' || i, i || ' Harbour Road',"
            + " (array['Springfield', 'Shelbyville', 'Ogdenville', 'North Haverbrook'])[1 + i %"
            + " 4], lpad((i * 104729 % 99999)::text, 5, '0'), (array['APARTMENT', 'CONDO',"
            + " 'TOWNHOUSE'])[1 + i % 3]::leaseport.property_type, case when i % 10 = 0 then"
            + " 'ARCHIVED' else 'ACTIVE' end::leaseport.property_status, now() - i * interval '1"
            + " minute' from generate_series(1, ?) i",
        largeOwner, LARGE_OWNER_PROPERTIES);
    superuser.execute(
        "insert into leaseport.units (owner_id, property_id, unit_number, bedrooms, rent_amount,"
            + " status) select p.owner_id, p.id, 'U' || n, n % 5, 50000 + n * 2500, (array['VACANT',"
            + " 'OCCUPIED', 'MAINTENANCE'])[1 + n % 3]::leaseport.unit_status from"
            + " leaseport.properties p cross join lateral generate_series(1, case when p.owner_id"
            + " = ? then ? else ? end) n",
        largeOwner, UNITS_PER_LARGE_PROPERTY, UNITS_PER_SMALL_PROPERTY);
    superuser.execute(
        "insert into leaseport.tenants (owner_id, first_name, last_name, email, status, created_at)"
            + " select u.id, 'First' || i, 'Last' || i, 'renter' || i || '@' || u.id || '.test',"
            + " case when i % 10 = 0 then 'ARCHIVED' else 'ACTIVE' end::leaseport.tenant_status,"
            + " now() - i * interval '1 minute' from leaseport.users u cross join lateral"
            + " generate_series(1, case when u.id = ? then ? else ? end) i where u.user_type ="
            + " 'OWNER'",
        largeOwner, LARGE_OWNER_TENANTS, TENANTS_PER_SMALL_OWNER);
    // One lease per unit (no overlap), in every state; parties only on drafts (sent terms and
    // parties are frozen by triggers).
    superuser.execute(
        "insert into leaseport.leases (owner_id, unit_id, start_date, end_date, rent_amount,"
            + " status, created_at) select u.owner_id, u.id, date '2026-01-01' + u.n % 365, date"
            + " '2027-01-01' + u.n % 365, u.rent_amount, (array['DRAFT', 'ACTIVE', 'ENDED',"
            + " 'PENDING_SIGNATURE'])[1 + u.n % 4]::leaseport.lease_status, now() - u.n * interval"
            + " '1 minute' from (select u.*, row_number() over (partition by u.owner_id order by"
            + " u.id)::int n from leaseport.units u) u where u.n <= case when u.owner_id = ? then ?"
            + " else ? end",
        largeOwner, LARGE_OWNER_LEASES, LEASES_PER_SMALL_OWNER);
    superuser.execute(
        "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role) select l.id,"
            + " t.id, l.owner_id, 'PRIMARY' from (select l.id, l.owner_id, row_number() over"
            + " (partition by l.owner_id order by l.id) n from leaseport.leases l where l.status ="
            + " 'DRAFT') l join (select t.id, t.owner_id, row_number() over (partition by"
            + " t.owner_id order by t.id) n from leaseport.tenants t) t on t.owner_id = l.owner_id"
            + " and t.n = l.n");
    // The e-mail is the tenant's whatever is inserted (a trigger copies it).
    superuser.execute(
        "insert into leaseport.invitations (owner_id, tenant_id, email, token_hash, expires_at,"
            + " status) select t.owner_id, t.id, t.email, sha256(convert_to(t.id::text, 'UTF8')),"
            + " t.created_at + interval '3 days', case when t.last_name like '%3' then 'REVOKED'"
            + " else 'PENDING' end::leaseport.invitation_status from leaseport.tenants t");
    // VACUUM as well, as autovacuum would have by then (visibility map, pending index entries).
    superuser.execute(
        "vacuum analyze leaseport.users, leaseport.properties, leaseport.units, leaseport.tenants,"
            + " leaseport.leases, leaseport.lease_tenants, leaseport.invitations");
  }
}
