package dev.leaseport.application.fakes;

import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeFilter;
import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.charge.ChargeSortField;
import dev.leaseport.domain.charge.ChargeStatus;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Charges in memory, all visible; records each write call by name. */
public final class FakeChargeRepository implements ChargeRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, Charge> charges = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();

  public FakeChargeRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public UUID add(UUID leaseId, NewCharge charge) {
    transactions.requireOpen();
    calls.add("add");
    UUID id = UUID.randomUUID();
    charges.put(
        id,
        new Charge(
            id,
            leaseId,
            ChargeKind.OTHER,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            charge.description(),
            charge.amount(),
            charge.dueDate(),
            0,
            0,
            0,
            ChargeStatus.OPEN,
            Optional.empty(),
            Instant.EPOCH,
            Instant.EPOCH,
            1));
    return id;
  }

  @Override
  public Optional<Charge> findById(UUID id) {
    transactions.requireOpen();
    return Optional.ofNullable(charges.get(id));
  }

  @Override
  public Page<Charge> list(ChargeFilter filter, Sort<ChargeSortField> sort, PageRequest page) {
    transactions.requireOpen();
    return new Page<>(List.copyOf(charges.values()), charges.size(), page);
  }

  @Override
  public void voidCharge(UUID id) {
    transactions.requireOpen();
    calls.add("void");
    Charge c = charges.get(id);
    charges.put(
        id,
        new Charge(
            c.id(),
            c.leaseId(),
            c.kind(),
            c.periodStart(),
            c.periodEnd(),
            c.parentChargeId(),
            c.description(),
            c.amount(),
            c.dueDate(),
            c.paid(),
            c.refunded(),
            c.pending(),
            ChargeStatus.VOID,
            Optional.of(Instant.EPOCH),
            c.createdAt(),
            c.updatedAt(),
            c.version() + 1));
  }

  public List<String> calls() {
    return calls;
  }
}
