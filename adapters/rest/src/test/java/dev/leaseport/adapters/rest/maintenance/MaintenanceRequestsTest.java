package dev.leaseport.adapters.rest.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenanceChanges;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.maintenance.NewMaintenanceRequest;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The maintenance bodies as the strict reader fills them: enums, dates, money and notes. */
class MaintenanceRequestsTest {

  @Test
  void theDocumentedNewRequestIsReadWithItsCategoryAndPriority() {
    NewMaintenanceRequest request =
        JsonRecords.read(NewMaintenanceRequestBody.class, ApiExamples.NEW_MAINTENANCE_REQUEST)
            .toCommand();

    assertThat(request.unitId()).isEqualTo(UUID.fromString("0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01"));
    assertThat(request.title()).isEqualTo("Leaking tap");
    assertThat(request.description()).hasValue("Under the kitchen sink");
    assertThat(request.category()).isEqualTo(MaintenanceCategory.PLUMBING);
    assertThat(request.priority()).isEqualTo(MaintenancePriority.HIGH);
  }

  @Test
  void aLeftOutCategoryIsOtherAndPriorityMedium() {
    NewMaintenanceRequest request =
        JsonRecords.read(
                NewMaintenanceRequestBody.class,
                "{\"unitId\": \"0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01\", \"title\": \"Door\"}")
            .toCommand();

    assertThat(request.category()).isEqualTo(MaintenanceCategory.OTHER);
    assertThat(request.priority()).isEqualTo(MaintenancePriority.MEDIUM);
  }

  @Test
  void aValueOutsideAnEnumIsAnInvalidField() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    NewMaintenanceRequestBody.class,
                    "{\"unitId\": \"0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01\", \"title\": \"Door\","
                        + " \"category\": \"ROOF\"}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("category"));
  }

  @Test
  void theDocumentedPatchMovesSchedulesPricesAndExplains() {
    MaintenanceChanges changes =
        JsonRecords.read(MaintenancePatchBody.class, ApiExamples.MAINTENANCE_PATCH).toChanges();

    assertThat(changes.status()).isEqualTo(Change.to(MaintenanceStatus.IN_PROGRESS));
    assertThat(changes.scheduledFor()).isEqualTo(Change.to(LocalDate.of(2030, 3, 2)));
    assertThat(changes.estimatedCost()).isEqualTo(Change.to(new Money(12_000, "usd")));
    assertThat(changes.actualCost().isChanged()).isFalse();
    assertThat(changes.note()).hasValue("Plumber booked");
  }

  @Test
  void nullClearsACostAndTheDate() {
    MaintenanceChanges changes =
        JsonRecords.read(
                MaintenancePatchBody.class, "{\"estimatedCost\": null, \"scheduledFor\": null}")
            .toChanges();

    assertThat(changes.estimatedCost()).isEqualTo(Change.cleared());
    assertThat(changes.scheduledFor()).isEqualTo(Change.cleared());
  }
}
