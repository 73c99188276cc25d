package dev.leaseport.application.fakes;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.Unit;
import dev.leaseport.domain.unit.UnitChanges;
import dev.leaseport.domain.unit.UnitFilter;
import dev.leaseport.domain.unit.UnitRepository;
import dev.leaseport.domain.unit.UnitSortField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** The units the current caller can see, kept in a map; records every call and list filter. */
public final class FakeUnitRepository implements UnitRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, Unit> visible = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final List<UnitFilter> listFilters = new ArrayList<>();

  public FakeUnitRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public Unit add(UUID ownerId, NewUnit unit) {
    Unit stored =
        new Unit(
            UUID.randomUUID(),
            ownerId,
            unit.propertyId(),
            unit.unitNumber(),
            unit.bedrooms() == null ? OptionalInt.empty() : OptionalInt.of(unit.bedrooms()),
            Optional.ofNullable(unit.bathrooms()),
            unit.squareFeet() == null ? OptionalInt.empty() : OptionalInt.of(unit.squareFeet()),
            unit.rentAmount(),
            unit.status(),
            Instant.EPOCH,
            Instant.EPOCH,
            1);
    visible.put(stored.id(), stored);
    return stored;
  }

  public List<String> calls() {
    return calls;
  }

  public List<UnitFilter> listFilters() {
    return listFilters;
  }

  @Override
  public Unit create(UUID ownerId, NewUnit unit) {
    record("create");
    return add(ownerId, unit);
  }

  @Override
  public Optional<Unit> findById(UUID id) {
    record("findById");
    return Optional.ofNullable(visible.get(id));
  }

  @Override
  public Page<Unit> list(UnitFilter filter, Sort<UnitSortField> sort, PageRequest page) {
    record("list");
    listFilters.add(filter);
    List<Unit> matching =
        visible.values().stream()
            .filter(u -> filter.propertyId().map(u.propertyId()::equals).orElse(true))
            .toList();
    return new Page<>(matching, matching.size(), page);
  }

  @Override
  public Optional<Unit> update(UUID id, UnitChanges changes, Versioned expected) {
    record("update");
    return Optional.ofNullable(visible.get(id));
  }

  @Override
  public boolean delete(UUID id, Versioned expected) {
    record("delete");
    return visible.remove(id) != null;
  }

  private void record(String call) {
    transactions.requireOpen();
    calls.add(call);
  }
}
