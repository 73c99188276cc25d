package dev.leaseport.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseSignature;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.SignatureParty;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** sign_lease: who may sign, once, and exactly one activation whatever the timing. */
class LeaseSigningTest extends LeaseTest {

  @Test
  void theOwnerAndThePrimaryTenantSigningMakeTheLeaseActiveAndTheUnitOccupied() {
    Lease lease = sent();

    LeaseStatus afterOwner = sign(owner, lease.id());
    LeaseStatus afterRenter = sign(renter, lease.id());

    assertThat(afterOwner).isEqualTo(LeaseStatus.PENDING_SIGNATURE);
    assertThat(afterRenter).isEqualTo(LeaseStatus.ACTIVE);
    Lease active = read(lease.id());
    assertThat(active.status()).isEqualTo(LeaseStatus.ACTIVE);
    assertThat(unitStatus()).isEqualTo("OCCUPIED");
    assertThat(active.signatures())
        .extracting(LeaseSignature::party, LeaseSignature::tenantId, LeaseSignature::signedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                SignatureParty.OWNER, Optional.empty(), owner.userId()),
            org.assertj.core.groups.Tuple.tuple(
                SignatureParty.TENANT, Optional.of(tenant), renter.userId()));
    assertThat(active.signatures())
        .allSatisfy(
            s -> {
              assertThat(s.clientIp()).hasValue("203.0.113.7");
              assertThat(s.userAgent()).hasValue("JUnit");
            });
  }

  @Test
  void eachSignatureAndTheActivationAreNotifiedToTheOtherParties() {
    Lease lease = sent();

    sign(owner, lease.id());
    sign(renter, lease.id());

    assertThat(notifications(renter, "LEASE_SIGNED")).isEqualTo(1);
    assertThat(notifications(owner, "LEASE_SIGNED")).isEqualTo(1);
    assertThat(notifications(renter, "LEASE_ACTIVATED")).isEqualTo(1);
    assertThat(notifications(owner, "LEASE_ACTIVATED")).isEqualTo(1);
  }

  @Test
  void aCoTenantsSignatureAloneDoesNotActivate() {
    Lease lease = draft();
    Caller coRenter = newTenant();
    UUID coTenant = tenantRecordOf(owner, "Bo", "bo@example.test");
    link(coTenant, coRenter);
    database()
        .superuser()
        .execute(
            "insert into leaseport.lease_tenants (lease_id, tenant_id, owner_id, role)"
                + " values (?, ?, ?, 'CO_TENANT')",
            lease.id(),
            coTenant,
            owner.userId());
    as(
        owner,
        () -> {
          leases.send(lease.id());
          return null;
        });

    sign(owner, lease.id());
    LeaseStatus afterCoTenant = sign(coRenter, lease.id());

    assertThat(afterCoTenant).isEqualTo(LeaseStatus.PENDING_SIGNATURE);
    assertThat(sign(renter, lease.id())).isEqualTo(LeaseStatus.ACTIVE);
  }

  @Test
  void signingTwiceIsAConflictAndRecordsOneSignature() {
    Lease lease = sent();
    sign(owner, lease.id());

    assertThatThrownBy(() -> sign(owner, lease.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-already-signed"));
    assertThat(read(lease.id()).signatures()).hasSize(1);
  }

  @Test
  void signingADraftIsAStateConflictNamingTheState() {
    Lease lease = draft();

    assertThatThrownBy(() -> sign(owner, lease.id()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessageContaining("DRAFT");
  }

  @Test
  void aRenterSigningADraftFindsNothing() {
    Lease lease = draft();

    assertThatThrownBy(() -> sign(renter, lease.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRenterNotOnTheLeaseAndAnotherOwnerFindNothingToSign() {
    Lease lease = sent();

    assertThatThrownBy(() -> sign(newTenant(), lease.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sign(newOwner(), lease.id())).isInstanceOf(NotFoundException.class);
    assertThat(read(lease.id()).signatures()).isEmpty();
  }

  /** Owner and renter sign on two connections at the same moment: exactly one activation. */
  @RepeatedTest(5)
  void twoSignaturesAtOnceActivateExactlyOnce() throws Exception {
    Lease lease = sent();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<LeaseStatus>> results = new ArrayList<>();
      for (Caller signer : List.of(owner, renter)) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return sign(signer, lease.id());
                }));
      }
      start.countDown();
      List<LeaseStatus> outcomes = new ArrayList<>();
      for (Future<LeaseStatus> result : results) {
        outcomes.add(result.get(30, TimeUnit.SECONDS));
      }

      assertThat(outcomes)
          .containsExactlyInAnyOrder(LeaseStatus.PENDING_SIGNATURE, LeaseStatus.ACTIVE);
    } finally {
      pool.shutdownNow();
    }
    assertThat(read(lease.id()).status()).isEqualTo(LeaseStatus.ACTIVE);
    assertThat(notifications(owner, "LEASE_ACTIVATED")).isEqualTo(1);
    assertThat(notifications(renter, "LEASE_ACTIVATED")).isEqualTo(1);
  }
}
