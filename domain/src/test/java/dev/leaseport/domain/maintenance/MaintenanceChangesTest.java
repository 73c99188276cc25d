package dev.leaseport.domain.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaintenanceChangesTest {

  @Test
  void statusAndPriorityCannotBeCleared() {
    assertThatThrownBy(
            () ->
                new MaintenanceChanges(
                    Change.cleared(),
                    Change.cleared(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Optional.empty()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("status", "priority"));
  }

  @Test
  void costsAreBetweenZeroAndTheLimitInMinorUnits() {
    assertThatThrownBy(
            () ->
                costs(
                    Change.to(new Money(-1, "usd")),
                    Change.to(new Money(MaintenanceFields.COST_MAX + 1, "usd"))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("estimatedCost.amount", "actualCost.amount"));
    assertThat(costs(Change.to(new Money(0, "usd")), Change.cleared())).isNotNull();
  }

  @Test
  void aNoteNeedsAStatusChangeAndFitsTheHistory() {
    assertThatThrownBy(
            () ->
                new MaintenanceChanges(
                    Change.unchanged(),
                    Change.to(MaintenancePriority.LOW),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Optional.of("Why")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("note"));
    assertThatThrownBy(() -> statusChange(MaintenanceStatus.ON_HOLD, "x".repeat(2001)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void anIllegalMoveFromTheCurrentStateIsAConflict() {
    MaintenanceChanges complete = statusChange(MaintenanceStatus.COMPLETED, null);

    assertThatThrownBy(() -> complete.checkAgainst(request(MaintenanceStatus.OPEN, "usd")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("OPEN");
    complete.checkAgainst(request(MaintenanceStatus.IN_PROGRESS, "usd"));
  }

  @Test
  void settingTheCurrentStatusAgainIsNoMove() {
    statusChange(MaintenanceStatus.COMPLETED, null)
        .checkAgainst(request(MaintenanceStatus.COMPLETED, "usd"));
  }

  @Test
  void costsMustBeInTheRequestsCurrency() {
    MaintenanceChanges euros =
        costs(Change.to(new Money(100, "eur")), Change.to(new Money(100, "usd")));

    assertThatThrownBy(() -> euros.checkAgainst(request(MaintenanceStatus.OPEN, "usd")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("estimatedCost.currency"));
  }

  private static MaintenanceChanges costs(Change<Money> estimated, Change<Money> actual) {
    return new MaintenanceChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        estimated,
        actual,
        Optional.empty());
  }

  private static MaintenanceChanges statusChange(MaintenanceStatus status, String note) {
    return new MaintenanceChanges(
        Change.to(status),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Optional.ofNullable(note));
  }

  private static MaintenanceRequest request(MaintenanceStatus status, String currency) {
    UUID id = UUID.randomUUID();
    return new MaintenanceRequest(
        id,
        UUID.randomUUID(),
        new MaintenanceUnit(
            UUID.randomUUID(), Optional.empty(), Optional.empty(), Optional.empty()),
        Optional.empty(),
        UUID.randomUUID(),
        "Leaking tap",
        Optional.empty(),
        MaintenanceCategory.PLUMBING,
        MaintenancePriority.MEDIUM,
        status,
        Optional.of(LocalDate.of(2031, 1, 1)),
        Optional.empty(),
        Optional.empty(),
        currency,
        Optional.empty(),
        Instant.EPOCH,
        Instant.EPOCH,
        1);
  }
}
