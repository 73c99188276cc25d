package dev.leaseport.domain.lease;

import static dev.leaseport.domain.lease.LeaseStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.ConflictException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lease state machine, exactly: DRAFT → PENDING_SIGNATURE → ACTIVE → ENDED, ACTIVE →
 * TERMINATED, DRAFT | PENDING_SIGNATURE → CANCELLED. Nothing else.
 */
class LeaseStatusTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "DRAFT>PENDING_SIGNATURE",
          "PENDING_SIGNATURE>ACTIVE",
          "ACTIVE>ENDED",
          "ACTIVE>TERMINATED",
          "DRAFT>CANCELLED",
          "PENDING_SIGNATURE>CANCELLED");

  static Stream<Arguments> everyPairOfStates() {
    return Arrays.stream(values())
        .flatMap(from -> Arrays.stream(values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPairOfStates")
  void onlyTheSixMovesOfTheStateMachineAreAllowed(LeaseStatus from, LeaseStatus to) {
    assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(from + ">" + to));
  }

  @Test
  void theStatesAreExactlyThoseOfTheDatabaseEnum() {
    assertThat(Arrays.stream(values()).map(Enum::name))
        .containsExactly(
            "DRAFT", "PENDING_SIGNATURE", "ACTIVE", "ENDED", "TERMINATED", "CANCELLED");
  }

  @Test
  void eachActionIsAllowedFromExactlyItsStates() {
    assertThat(LeaseAction.EDIT.allowedFrom()).containsExactly(DRAFT);
    assertThat(LeaseAction.SEND.allowedFrom()).containsExactly(DRAFT);
    assertThat(LeaseAction.SIGN.allowedFrom()).containsExactly(PENDING_SIGNATURE);
    assertThat(LeaseAction.TERMINATE.allowedFrom()).containsExactly(ACTIVE);
    assertThat(LeaseAction.CANCEL.allowedFrom())
        .containsExactlyInAnyOrder(DRAFT, PENDING_SIGNATURE);
    assertThat(LeaseAction.RENEW.allowedFrom()).containsExactlyInAnyOrder(ACTIVE, ENDED);
  }

  @ParameterizedTest
  @EnumSource(
      value = LeaseStatus.class,
      names = "PENDING_SIGNATURE",
      mode = EnumSource.Mode.EXCLUDE)
  void signingOutsidePendingSignatureIsAStateConflictNamingTheState(LeaseStatus status) {
    assertThatThrownBy(() -> status.require(LeaseAction.SIGN))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessageStartingWith("The lease is " + status + ";");
  }

  @Test
  void theEndStatesAllowNoMove() {
    for (LeaseStatus end : EnumSet.of(ENDED, TERMINATED, CANCELLED)) {
      assertThat(Arrays.stream(values()).filter(end::canMoveTo)).as(end.name()).isEmpty();
    }
  }

  @Test
  void anAllowedActionPassesSilently() {
    DRAFT.require(LeaseAction.SEND);
    ACTIVE.require(LeaseAction.RENEW);
  }
}
