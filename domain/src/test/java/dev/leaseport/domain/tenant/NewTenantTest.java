package dev.leaseport.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NewTenantTest {

  @Test
  void everyBrokenFieldIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                new NewTenant(
                    " ",
                    null,
                    "no-at-sign",
                    Optional.of("1"),
                    Optional.of(" "),
                    Optional.empty(),
                    Optional.of("x".repeat(5001))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "firstName",
                        "lastName",
                        "email",
                        "phone",
                        "emergencyContactName",
                        "notes"));
  }

  @Test
  void absentOptionalFieldsMayBeNull() {
    NewTenant tenant = new NewTenant("Ada", "Renter", "ada@example.test", null, null, null, null);

    assertThat(tenant.phone()).isEmpty();
    assertThat(tenant.notes()).isEmpty();
  }

  @Test
  void aChangeMayClearOptionalFieldsButNotNamesEmailOrStatus() {
    assertThatThrownBy(
            () ->
                new TenantChanges(
                    Change.cleared(),
                    Change.unchanged(),
                    Change.cleared(),
                    Change.cleared(),
                    Change.cleared(),
                    Change.cleared(),
                    Change.cleared(),
                    Change.cleared()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("firstName", "email", "status"));
  }
}
