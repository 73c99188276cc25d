package dev.leaseport.adapters.persistence.plans;

import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Many small owners and one large one, loaded in a few set-based statements (as superuser, behind
 * row-level security), then analysed so the planner sees the real sizes.
 */
final class ScaleFixture {
  static final int SMALL_OWNERS = 1_000;
  static final int PROPERTIES_PER_SMALL_OWNER = 20;
  static final int UNITS_PER_SMALL_PROPERTY = 2;
  static final int LARGE_OWNER_PROPERTIES = 5_000;
  static final int UNITS_PER_LARGE_PROPERTY = 10;

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
    // VACUUM as well, as autovacuum would have by then (visibility map, pending index entries).
    superuser.execute("vacuum analyze leaseport.users, leaseport.properties, leaseport.units");
  }
}
