package dev.leaseport.adapters.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.tenant.JooqTenantRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.tenant.Tenant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A linked renter reads the record an owner keeps of them, but never the owner's private notes
 * about them: row-level security cannot hide a column, so the notes are in a table of their own
 * with no policy for a renter.
 */
class TenantNotesPrivacyTest extends SecurityTest {
  private final JooqTenantRepository tenants = new JooqTenantRepository(transactions);
  private Caller owner;
  private Caller renter;
  private UUID tenant;

  @BeforeEach
  void aRecordLinkedToTheRenterWithAnOwnersNote() {
    owner = newOwner();
    renter = newTenant();
    tenant =
        database()
            .superuser()
            .fetchSingle(
                "insert into leaseport.tenants (owner_id, first_name, last_name, email, user_id)"
                    + " values (?, 'Ada', 'Renter', 'ada@example.test', ?) returning id",
                owner.userId(),
                renter.userId())
            .get(0, UUID.class);
    database()
        .superuser()
        .execute(
            "insert into leaseport.tenant_notes (tenant_id, owner_id, notes)"
                + " values (?, ?, 'Pays late; be firm')",
            tenant,
            owner.userId());
  }

  @Test
  void theLinkedRenterReadsTheirRecordButNoNotesColumnOrRow() {
    assertThat(attempt(renter, "select * from leaseport.tenants where id = " + literal()).rows())
        .isEqualTo(1);
    assertThat(
            attempt(renter, "select notes from leaseport.tenants where id = " + literal())
                .sqlState())
        .as("the column is gone from tenants")
        .isEqualTo("42703");
    assertThat(
            attempt(
                    renter,
                    "select notes from leaseport.tenant_notes where tenant_id = " + literal())
                .rows())
        .isZero();
    assertThat(attempt(renter, "select * from leaseport.tenant_notes").rows()).isZero();
  }

  @Test
  void throughTheRepositoryTheRenterGetsTheRecordWithoutNotesAndTheOwnerWithThem() {
    Tenant seenByRenter = as(renter, () -> tenants.findById(tenant)).orElseThrow();
    Tenant seenByOwner = as(owner, () -> tenants.findById(tenant)).orElseThrow();

    assertThat(seenByRenter.firstName()).isEqualTo("Ada");
    assertThat(seenByRenter.notes()).isEmpty();
    assertThat(seenByOwner.notes()).contains("Pays late; be firm");
  }

  @Test
  void theLinkedRenterCannotWriteANoteAboutThemselves() {
    Attempt write =
        attempt(
            renter,
            "update leaseport.tenant_notes set notes = 'Model renter' where tenant_id = "
                + literal());

    assertThat(write.refused() || write.rows() == 0).as(write.toString()).isTrue();
    assertThat(
            database()
                .superuser()
                .fetchValue("select notes from leaseport.tenant_notes where tenant_id = ?", tenant))
        .isEqualTo("Pays late; be firm");
  }

  private String literal() {
    return "'" + tenant + "'::uuid";
  }
}
