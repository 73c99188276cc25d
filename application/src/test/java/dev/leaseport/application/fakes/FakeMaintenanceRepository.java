package dev.leaseport.application.fakes;

import dev.leaseport.domain.maintenance.MaintenanceCancellation;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenanceEvent;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.testdata.MaintenanceTestData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests in memory, visible to every caller; records each write by name so tests can say which
 * were made. It keeps no history: that is the database's, tested there.
 */
public final class FakeMaintenanceRepository implements MaintenanceRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, MaintenanceRequest> requests = new HashMap<>();
  private final List<String> calls = new ArrayList<>();

  public FakeMaintenanceRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public MaintenanceRequest add(MaintenanceStatus status, UUID requestedBy) {
    MaintenanceRequest request = MaintenanceTestData.request(status, requestedBy);
    requests.put(request.id(), request);
    return request;
  }

  public List<String> calls() {
    return calls;
  }

  @Override
  public MaintenanceRequest file(NewMaintenanceRequest request) {
    record("file");
    return add(MaintenanceStatus.OPEN, UUID.randomUUID());
  }

  @Override
  public Optional<MaintenanceRequest> findById(UUID id) {
    transactions.requireOpen();
    return Optional.ofNullable(requests.get(id));
  }

  @Override
  public Page<MaintenanceRequest> list(
      MaintenanceFilter filter, Sort<MaintenanceSortField> sort, PageRequest page) {
    record("list");
    return new Page<>(List.copyOf(requests.values()), requests.size(), page);
  }

  @Override
  public Optional<MaintenanceRequest> update(
      UUID id, MaintenanceChanges changes, Versioned expected) {
    record("update");
    return findById(id);
  }

  @Override
  public void cancel(UUID id, MaintenanceCancellation cancellation) {
    record("cancel");
  }

  @Override
  public Optional<Page<MaintenanceEvent>> history(UUID id, PageRequest page) {
    record("history");
    return findById(id).map(r -> new Page<>(List.of(), 0, page));
  }

  private void record(String call) {
    transactions.requireOpen();
    calls.add(call);
  }
}
