package dev.leaseport.domain.maintenance;

import static dev.leaseport.domain.maintenance.MaintenanceStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.ConflictException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The maintenance status machine, exactly: OPEN → IN_PROGRESS | ON_HOLD | CANCELLED, IN_PROGRESS ↔
 * ON_HOLD, IN_PROGRESS → COMPLETED. Nothing else.
 */
class MaintenanceStatusTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "OPEN>IN_PROGRESS",
          "OPEN>ON_HOLD",
          "OPEN>CANCELLED",
          "IN_PROGRESS>ON_HOLD",
          "ON_HOLD>IN_PROGRESS",
          "IN_PROGRESS>COMPLETED");

  static Stream<Arguments> everyPairOfStates() {
    return Arrays.stream(values())
        .flatMap(from -> Arrays.stream(values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPairOfStates")
  void onlyTheSixMovesOfTheStatusMachineAreAllowed(MaintenanceStatus from, MaintenanceStatus to) {
    assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPairOfStates")
  void aRefusedMoveIsAConflictNamingTheCurrentState(MaintenanceStatus from, MaintenanceStatus to) {
    if (ALLOWED.contains(from + ">" + to)) {
      from.requireMoveTo(to);
    } else {
      assertThatThrownBy(() -> from.requireMoveTo(to))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo("maintenance-state-conflict"))
          .hasMessage("The maintenance request is " + from + "; it cannot become " + to);
    }
  }

  @Test
  void theStatesAreExactlyThoseOfTheDatabaseEnum() {
    assertThat(Arrays.stream(values()).map(Enum::name))
        .containsExactly("OPEN", "IN_PROGRESS", "ON_HOLD", "COMPLETED", "CANCELLED");
  }

  @Test
  void onlyCompletedAndCancelledAreClosed() {
    assertThat(Arrays.stream(values()).filter(s -> !s.isOpen()))
        .containsExactlyInAnyOrder(COMPLETED, CANCELLED);
  }
}
