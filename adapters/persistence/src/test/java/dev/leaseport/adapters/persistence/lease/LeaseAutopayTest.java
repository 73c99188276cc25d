package dev.leaseport.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.paymentmethod.JooqLeaseAutopayRepository;
import dev.leaseport.adapters.persistence.paymentmethod.JooqPaymentMethodRepository;
import dev.leaseport.adapters.persistence.testing.SavedMethods;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.paymentmethod.LeaseAutopay;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** set_lease_autopay: who may turn a lease's autopay on, with what, and that nothing else moves. */
class LeaseAutopayTest extends LeaseTest {
  private final JooqLeaseAutopayRepository autopay = new JooqLeaseAutopayRepository(transactions);
  private SavedMethods saved;
  private UUID card;

  @BeforeEach
  void theRenterSavedACard() {
    saved = new SavedMethods(database());
    card = saved.card(renter, "pm_autopay");
  }

  private LeaseAutopay set(Caller caller, UUID lease, Optional<UUID> method) {
    return as(
        caller,
        () -> {
          autopay.set(lease, method);
          return autopay.find(lease).orElseThrow();
        });
  }

  private Map<String, Object> terms(UUID lease) {
    return database()
        .superuser()
        .fetchSingle(
            "select unit_id, start_date, end_date, rent_amount, currency, security_deposit,"
                + " rent_due_day, grace_period_days, late_fee_amount, status, owner_id"
                + " from leaseport.leases where id = ?",
            lease)
        .intoMap();
  }

  @Test
  void theRenterTurnsAutopayOnWithTheirCardAndNothingElseOfTheLeaseChanges() {
    Lease lease = sent();
    Map<String, Object> before = terms(lease.id());

    LeaseAutopay on = set(renter, lease.id(), Optional.of(card));

    assertThat(on.enabled()).isTrue();
    assertThat(on.paymentMethodId()).hasValue(card);
    assertThat(terms(lease.id())).isEqualTo(before);
    assertThat(as(owner, () -> autopay.find(lease.id()))).contains(on);
  }

  @Test
  void theRenterTurnsItOff() {
    Lease lease = sent();
    set(renter, lease.id(), Optional.of(card));

    LeaseAutopay off = set(renter, lease.id(), Optional.empty());

    assertThat(off.enabled()).isFalse();
    assertThat(off.paymentMethodId()).isEmpty();
  }

  @Test
  void anotherRentersCardIsNotFound() {
    Lease lease = sent();
    Caller other = newTenant();
    UUID othersCard = saved.card(other, "pm_other");

    assertThatThrownBy(() -> set(renter, lease.id(), Optional.of(othersCard)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Payment method");
    assertThat(as(owner, () -> autopay.find(lease.id())).orElseThrow().enabled()).isFalse();
  }

  @Test
  void onlyARenterOfTheSentLeaseMayTurnItOn() {
    Lease draft = draft();
    Lease lease = sent();
    Caller stranger = newTenant();
    UUID strangersCard = saved.card(stranger, "pm_stranger");

    assertThatThrownBy(() -> set(renter, draft.id(), Optional.of(card)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> set(stranger, lease.id(), Optional.of(strangersCard)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> set(owner, lease.id(), Optional.empty()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> set(renter, UUID.randomUUID(), Optional.of(card)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aLeaseNoLongerInForceCannotTurnAutopayOnButCanTurnItOff() {
    Lease lease = sent();
    set(renter, lease.id(), Optional.of(card));
    database()
        .superuser()
        .execute("update leaseport.leases set status = 'ENDED' where id = ?", lease.id());

    assertThatThrownBy(() -> set(renter, lease.id(), Optional.of(card)))
        .isInstanceOf(ConflictException.class)
        .extracting("code")
        .isEqualTo("lease-state-conflict");
    assertThat(set(renter, lease.id(), Optional.empty()).enabled()).isFalse();
  }

  @Test
  void removingTheCardTurnsAutopayOff() {
    Lease lease = sent();
    set(renter, lease.id(), Optional.of(card));
    long versionBefore = version(lease.id());

    as(renter, () -> new JooqPaymentMethodRepository(transactions).delete(card));

    assertThat(as(owner, () -> autopay.find(lease.id())).orElseThrow().enabled()).isFalse();
    assertThat(version(lease.id())).isGreaterThan(versionBefore);
  }

  @Test
  void aRenterCannotWriteTheAutopayColumnDirectly() {
    Lease lease = sent();

    assertThatThrownBy(
            () ->
                as(
                    renter,
                    () ->
                        transactions
                            .dsl()
                            .execute(
                                "update leaseport.leases set autopay_payment_method_id = ?"
                                    + " where id = ?",
                                card,
                                lease.id())))
        .isNotNull();
    assertThat(as(owner, () -> autopay.find(lease.id())).orElseThrow().enabled()).isFalse();
  }

  private long version(UUID lease) {
    return database()
        .superuser()
        .fetchSingle("select version from leaseport.leases where id = ?", lease)
        .get(0, Long.class);
  }
}
