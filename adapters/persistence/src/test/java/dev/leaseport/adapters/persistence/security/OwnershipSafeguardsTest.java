package dev.leaseport.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.Caller;
import java.util.Map;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Beyond row visibility: users cannot retype or re-identify themselves, rows cannot change owner,
 * and a unit can never belong to a property of another owner, whatever SQL a request crafts.
 */
class OwnershipSafeguardsTest extends SecurityTest {
  private Caller owner;
  private Caller other;
  private UUID ownersProperty;
  private UUID ownersUnit;
  private UUID othersProperty;

  @BeforeEach
  void twoOwnersWithAPropertyEach() {
    owner = newOwner();
    other = newOwner();
    ownersProperty = seedProperty(owner.userId());
    othersProperty = seedProperty(other.userId());
    ownersUnit =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                    + " values (?, ?, '1', 100000) returning id",
                owner.userId(),
                ownersProperty)
            .get(0, UUID.class);
  }

  @ParameterizedTest(name = "set {0}")
  @ValueSource(
      strings = {
        "user_type = 'ADMIN'",
        "email = 'someone.else@example.test'",
        "stripe_customer_id = 'cus_forged'",
        "id = gen_random_uuid()",
        "version = 99"
      })
  void aUserCannotChangeProtectedColumnsOfTheirOwnRow(String assignment) {
    Attempt attempt =
        attempt(
            owner,
            "update leaseport.users set " + assignment + " where id = " + literal(owner.userId()));

    assertThat(attempt.sqlState()).isEqualTo("42501");
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.users where id = ? and user_type = 'OWNER' and"
                        + " version = 1 and email = ? and stripe_customer_id is null",
                    owner.userId(),
                    owner.email()))
        .isEqualTo(1);
  }

  @Test
  void aUserMayChangeTheirOwnNameAndPhone() {
    Attempt attempt =
        attempt(
            owner,
            "update leaseport.users set full_name = 'New Name', phone = '+1 555 0100'"
                + " where id = "
                + literal(owner.userId()));

    assertThat(attempt).isEqualTo(new Attempt(1, null));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"properties", "units"})
  void theOwnerOfARowCannotBeChanged(String table) {
    UUID row = table.equals("properties") ? ownersProperty : ownersUnit;

    Attempt attempt =
        attempt(
            owner,
            "update leaseport."
                + table
                + " set owner_id = "
                + literal(other.userId())
                + " where id = "
                + literal(row));

    assertThat(attempt.sqlState()).isEqualTo("42501");
  }

  @Test
  void aUnitCannotBeMovedToAnotherPropertyByARequest() {
    Attempt attempt =
        attempt(
            owner,
            "update leaseport.units set property_id = "
                + literal(othersProperty)
                + " where id = "
                + literal(ownersUnit));

    assertThat(attempt.sqlState()).isEqualTo("42501");
  }

  @Test
  void theCompositeForeignKeyKeepsAUnitOutOfAnotherOwnersPropertyEvenForASuperuser() {
    assertThatThrownBy(
            () ->
                database()
                    .superuser()
                    .execute(
                        "update leaseport.units set property_id = ? where id = ?",
                        othersProperty,
                        ownersUnit))
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23503"));
  }

  @Test
  void aCraftedInsertOfAUnitIntoAnotherOwnersPropertyViolatesTheCompositeForeignKey() {
    Attempt attempt =
        attempt(
            owner,
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                + " values ("
                + literal(owner.userId())
                + ", "
                + literal(othersProperty)
                + ", 'X', 1)");

    assertThat(attempt.sqlState()).isEqualTo("23503");
    assertThat(unitsOf(other.userId(), othersProperty)).isZero();
  }

  @Test
  void aCraftedInsertOfAUnitOwnedByAnotherOwnerViolatesRowLevelSecurity() {
    Attempt attempt =
        attempt(
            owner,
            "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
                + " values ("
                + literal(other.userId())
                + ", "
                + literal(othersProperty)
                + ", 'X', 1)");

    assertThat(attempt.sqlState()).isEqualTo("42501");
    assertThat(unitsOf(other.userId(), othersProperty)).isZero();
  }

  @Test
  void aCraftedInsertOfAPropertyForAnotherOwnerViolatesRowLevelSecurity() {
    Attempt attempt =
        attempt(
            owner,
            "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
                + " values ("
                + literal(other.userId())
                + ", 'Planted', '1 Main Street', 'Springfield', 'CONDO')");

    assertThat(attempt.sqlState()).isEqualTo("42501");
  }

  @Test
  void theVersionAndTimestampsOfAPropertyCannotBeWrittenByARequest() {
    for (Map.Entry<String, String> column :
        Map.of(
                "version",
                "1000",
                "created_at",
                "now()",
                "updated_at",
                "now()",
                "id",
                "gen_random_uuid()")
            .entrySet()) {
      Attempt attempt =
          attempt(
              owner,
              "update leaseport.properties set "
                  + column.getKey()
                  + " = "
                  + column.getValue()
                  + " where id = "
                  + literal(ownersProperty));

      assertThat(attempt.sqlState()).as(column.getKey()).isEqualTo("42501");
    }
  }

  private long unitsOf(UUID ownerId, UUID propertyId) {
    return database()
        .count(
            "select count(*) from leaseport.units where owner_id = ? or property_id = ?",
            ownerId,
            propertyId);
  }

  private UUID seedProperty(UUID ownerId) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
                + " values (?, 'Seeded', '1 Main Street', 'Springfield', 'APARTMENT') returning id",
            ownerId)
        .get(0, UUID.class);
  }

  private static String literal(UUID id) {
    return "'" + id + "'::uuid";
  }
}
