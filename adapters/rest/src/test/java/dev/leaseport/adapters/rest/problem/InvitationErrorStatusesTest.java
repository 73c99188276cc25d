package dev.leaseport.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.invitation.InvitationErrors;
import dev.leaseport.domain.shared.DomainException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each way invitation acceptance fails reaches the client as its own status and code. */
class InvitationErrorStatusesTest {

  @Test
  void eachInvitationErrorAnswersItsStatusAndCode() {
    Map<DomainException, List<Object>> expected =
        Map.of(
            InvitationErrors.unknown(), List.of(404, "not-found"),
            InvitationErrors.used(), List.of(409, "invitation-used"),
            InvitationErrors.revoked(), List.of(409, "invitation-revoked"),
            InvitationErrors.expired(), List.of(409, "invitation-expired"),
            InvitationErrors.notTheInvitedRenter(), List.of(403, "forbidden"),
            InvitationErrors.alreadyLinked(), List.of(409, "tenant-already-linked"));

    expected.forEach(
        (exception, answer) ->
            assertThat(
                    List.<Object>of(
                        DomainExceptionMapper.statusOf(exception.kind()), exception.code()))
                .as(exception.getMessage())
                .isEqualTo(answer));
  }
}
