package dev.leaseport.application.fakes;

import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseChanges;
import dev.leaseport.domain.lease.LeaseFilter;
import dev.leaseport.domain.lease.LeaseRenewal;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.lease.LeaseSortField;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTermination;
import dev.leaseport.domain.lease.LeasedUnit;
import dev.leaseport.domain.lease.NewLease;
import dev.leaseport.domain.lease.SigningContext;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Leases in memory, visible to every caller; records each call by name so tests can say which were
 * made (a transition is recorded as its name, e.g. {@code send}).
 */
public final class FakeLeaseRepository implements LeaseRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, Lease> leases = new HashMap<>();
  private final List<String> calls = new ArrayList<>();

  public FakeLeaseRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  /** A lease from 2030-01-01 to 2030-12-31 in {@code status}. */
  public Lease add(LeaseStatus status) {
    UUID id = UUID.randomUUID();
    Lease lease =
        new Lease(
            id,
            UUID.randomUUID(),
            new LeasedUnit(UUID.randomUUID(), Optional.empty(), Optional.empty(), Optional.empty()),
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 12, 31),
            new Money(150_000, "usd"),
            new Money(0, "usd"),
            1,
            5,
            new Money(0, "usd"),
            status,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            Instant.EPOCH,
            Instant.EPOCH,
            1);
    leases.put(id, lease);
    return lease;
  }

  public List<String> calls() {
    return calls;
  }

  @Override
  public Lease create(UUID ownerId, NewLease lease) {
    record("create");
    return add(LeaseStatus.DRAFT);
  }

  @Override
  public Optional<Lease> findById(UUID id) {
    transactions.requireOpen();
    return Optional.ofNullable(leases.get(id));
  }

  @Override
  public Page<Lease> list(LeaseFilter filter, Sort<LeaseSortField> sort, PageRequest page) {
    record("list");
    return new Page<>(List.copyOf(leases.values()), leases.size(), page);
  }

  @Override
  public Optional<Lease> update(UUID id, LeaseChanges changes, Versioned expected) {
    record("update");
    return findById(id);
  }

  @Override
  public void send(UUID id) {
    record("send");
  }

  @Override
  public LeaseStatus sign(UUID id, SigningContext context) {
    record("sign");
    return leases.get(id).status();
  }

  @Override
  public void terminate(UUID id, LeaseTermination termination) {
    record("terminate");
  }

  @Override
  public void cancel(UUID id) {
    record("cancel");
  }

  @Override
  public UUID renew(UUID id, LeaseRenewal renewal) {
    record("renew");
    return add(LeaseStatus.DRAFT).id();
  }

  private void record(String call) {
    transactions.requireOpen();
    calls.add(call);
  }
}
