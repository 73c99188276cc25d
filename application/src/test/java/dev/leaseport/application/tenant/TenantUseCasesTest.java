package dev.leaseport.application.tenant;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static dev.leaseport.domain.testdata.TenantTestData.emailChangedTo;
import static dev.leaseport.domain.testdata.TenantTestData.tenantRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeTenantRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantFilter;
import dev.leaseport.domain.tenant.TenantSortField;
import dev.leaseport.domain.tenant.TenantStatus;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TenantUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakeTenantRepository tenants = new FakeTenantRepository(transactions);
  private final CreateTenant create = new CreateTenant(transactions, tenants);
  private final GetTenant get = new GetTenant(transactions, tenants);
  private final ListTenants list = new ListTenants(transactions, tenants);
  private final UpdateTenant update = new UpdateTenant(transactions, tenants);
  private final ArchiveTenant archive = new ArchiveTenant(transactions, tenants);

  static Stream<Named<BiConsumer<TenantUseCasesTest, Caller>>> ownerOnlyActions() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("CreateTenant", (t, c) -> t.create.execute(c, tenantRecord("a@x.test"))),
        Named.of("GetTenant", (t, c) -> t.get.execute(c, id)),
        Named.of(
            "ListTenants",
            (t, c) ->
                t.list.execute(
                    c,
                    TenantFilter.none(),
                    Sort.ascending(TenantSortField.LAST_NAME),
                    new PageRequest(20, 0))),
        Named.of(
            "UpdateTenant",
            (t, c) -> t.update.execute(c, id, emailChangedTo("b@x.test"), Versioned.any())),
        Named.of("ArchiveTenant", (t, c) -> t.archive.execute(c, id)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerOnlyActions")
  void aTenantIsForbiddenAndTheRepositoryIsNeverTouched(
      BiConsumer<TenantUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, tenant())).isInstanceOf(ForbiddenException.class);

    assertThat(tenants.calls()).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void anOwnerCreatesARecordInTheirOwnTransaction() {
    Caller owner = owner();

    Tenant created = create.execute(owner, tenantRecord("a@x.test"));

    assertThat(created.ownerId()).isEqualTo(owner.userId());
    assertThat(transactions.callers()).containsExactly(owner);
  }

  @Test
  void anInvisibleRecordIsNotFound() {
    assertThatThrownBy(() -> get.execute(owner(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                update.execute(
                    owner(), UUID.randomUUID(), emailChangedTo("b@x.test"), Versioned.any()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void archivingAnArchivedRecordWritesNothing() {
    Caller owner = owner();
    Tenant archived = tenants.add(owner.userId(), TenantStatus.ARCHIVED, Optional.empty());

    Tenant result = archive.execute(owner, archived.id());

    assertThat(result).isEqualTo(archived);
    assertThat(tenants.calls()).containsExactly("findById");
  }

  @Test
  void archivingAnActiveRecordChangesOnlyItsStatus() {
    Caller owner = owner();
    Tenant active = tenants.add(owner.userId(), TenantStatus.ACTIVE, Optional.empty());

    Tenant result = archive.execute(owner, active.id());

    assertThat(result.status()).isEqualTo(TenantStatus.ARCHIVED);
    assertThat(tenants.calls()).containsExactly("findById", "update");
  }
}
