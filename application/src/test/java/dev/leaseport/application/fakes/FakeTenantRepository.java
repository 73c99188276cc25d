package dev.leaseport.application.fakes;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.NewTenant;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantChanges;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantRepository;
import dev.leaseport.domain.tenant.TenantSortField;
import dev.leaseport.domain.tenant.TenantStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenant records the current caller can see, kept in a map; counts every call. */
public final class FakeTenantRepository implements TenantRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, Tenant> visible = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();

  public FakeTenantRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  /** A stored record, as if created earlier; linked to {@code userId} when present. */
  public Tenant add(UUID ownerId, TenantStatus status, Optional<UUID> userId) {
    Tenant tenant =
        new Tenant(
            UUID.randomUUID(),
            ownerId,
            "Ada",
            "Renter",
            "ada@example.test",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            userId,
            status,
            Instant.now(),
            Instant.now(),
            1);
    visible.put(tenant.id(), tenant);
    return tenant;
  }

  public List<String> calls() {
    return calls;
  }

  @Override
  public Tenant create(UUID ownerId, NewTenant tenant) {
    record("create");
    return add(ownerId, TenantStatus.ACTIVE, Optional.empty());
  }

  @Override
  public Optional<Tenant> findById(UUID id) {
    record("findById");
    return Optional.ofNullable(visible.get(id));
  }

  @Override
  public Page<Tenant> list(TenantFilter filter, Sort<TenantSortField> sort, PageRequest page) {
    record("list");
    return new Page<>(List.copyOf(visible.values()), visible.size(), page);
  }

  @Override
  public Optional<Tenant> update(UUID id, TenantChanges changes, Versioned expected) {
    record("update");
    Tenant t = visible.get(id);
    if (t == null) {
      return Optional.empty();
    }
    Tenant updated =
        new Tenant(
            t.id(),
            t.ownerId(),
            t.firstName(),
            t.lastName(),
            t.email(),
            t.phone(),
            t.emergencyContactName(),
            t.emergencyContactPhone(),
            t.notes(),
            t.userId(),
            changes.status().newValue().orElse(t.status()),
            t.createdAt(),
            Instant.now(),
            t.version() + 1);
    visible.put(id, updated);
    return Optional.of(updated);
  }

  private void record(String call) {
    transactions.requireOpen();
    calls.add(call);
  }
}
