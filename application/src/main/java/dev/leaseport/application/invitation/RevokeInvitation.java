package dev.leaseport.application.invitation;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationErrors;
import dev.leaseport.domain.invitation.InvitationRepository;
import java.util.UUID;

/**
 * An owner withdraws an invitation so its token no longer works. Revoking a revoked one changes
 * nothing; an accepted one cannot be revoked (409 invitation-used).
 */
public final class RevokeInvitation {
  private final UserTransactions transactions;
  private final InvitationRepository invitations;

  public RevokeInvitation(UserTransactions transactions, InvitationRepository invitations) {
    this.transactions = transactions;
    this.invitations = invitations;
  }

  public Invitation execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller,
        () -> {
          Invitation invitation = invitations.findById(id).orElseThrow(InvitationErrors::unknown);
          return switch (invitation.state()) {
            case REVOKED -> invitation;
            case ACCEPTED -> throw InvitationErrors.used();
            case PENDING, EXPIRED -> invitations.revoke(id).orElseThrow(InvitationErrors::used);
          };
        });
  }
}
