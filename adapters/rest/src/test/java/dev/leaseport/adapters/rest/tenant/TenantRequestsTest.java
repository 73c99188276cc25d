package dev.leaseport.adapters.rest.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.tenant.NewTenant;
import dev.leaseport.domain.tenant.TenantChanges;
import org.junit.jupiter.api.Test;

class TenantRequestsTest {

  @Test
  void theExampleBodyIsAValidTenant() {
    NewTenant tenant = JsonRecords.read(NewTenantRequest.class, ApiExamples.NEW_TENANT).toCommand();

    assertThat(tenant.email()).isEqualTo("ana.lima@example.com");
    assertThat(tenant.phone()).contains("+1 555 0100");
  }

  @Test
  void userIdIsNeitherCreatedNorPatched() {
    for (Class<? extends Record> type :
        java.util.List.of(NewTenantRequest.class, TenantPatchRequest.class)) {
      assertThatThrownBy(() -> JsonRecords.read(type, "{\"userId\": \"x\"}"))
          .as(type.getSimpleName())
          .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(400));
    }
  }

  @Test
  void aPatchKeepsAbsentFieldsAndClearsNullOnes() {
    TenantChanges changes =
        JsonRecords.read(TenantPatchRequest.class, ApiExamples.TENANT_PATCH).toChanges();

    assertThat(changes.phone()).isEqualTo(Change.to("+1 555 0199"));
    assertThat(changes.notes()).isEqualTo(Change.cleared());
    assertThat(changes.email()).isEqualTo(Change.unchanged());
  }
}
