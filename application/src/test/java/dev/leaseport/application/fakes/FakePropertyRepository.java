package dev.leaseport.application.fakes;

import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The properties the current caller can see, kept in a map; counts every call. */
public final class FakePropertyRepository implements PropertyRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, Property> visible = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final List<PropertyChanges> changes = new ArrayList<>();

  public FakePropertyRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public Property add(UUID ownerId, NewProperty property) {
    Property stored =
        new Property(
            UUID.randomUUID(),
            ownerId,
            property.name(),
            property.address(),
            property.propertyType(),
            property.status(),
            property.description(),
            0,
            0,
            Instant.EPOCH,
            Instant.EPOCH,
            1);
    visible.put(stored.id(), stored);
    return stored;
  }

  public List<String> calls() {
    return calls;
  }

  /** The changes passed to {@link #update}, in order. */
  public List<PropertyChanges> changes() {
    return changes;
  }

  @Override
  public Property create(UUID ownerId, NewProperty property) {
    record("create");
    return add(ownerId, property);
  }

  @Override
  public Optional<Property> findById(UUID id) {
    record("findById");
    return Optional.ofNullable(visible.get(id));
  }

  @Override
  public Page<Property> list(
      PropertyFilter filter, Sort<PropertySortField> sort, PageRequest page) {
    record("list");
    return new Page<>(List.copyOf(visible.values()), visible.size(), page);
  }

  @Override
  public Optional<Property> update(UUID id, PropertyChanges changes, Versioned expected) {
    record("update");
    this.changes.add(changes);
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
