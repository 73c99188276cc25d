package dev.leaseport.domain.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewMaintenanceRequestTest {

  @Test
  void aRequestNeedsAUnitATitleACategoryAndAPriority() {
    assertThatThrownBy(() -> new NewMaintenanceRequest(null, " ", Optional.empty(), null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("unitId", "title", "category", "priority"));
  }

  @Test
  void titleAndDescriptionHaveTheirLimits() {
    assertThatThrownBy(
            () ->
                new NewMaintenanceRequest(
                    UUID.randomUUID(),
                    "t".repeat(201),
                    Optional.of("d".repeat(5001)),
                    MaintenanceCategory.HVAC,
                    MaintenancePriority.LOW))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("title", "description"));
  }
}
