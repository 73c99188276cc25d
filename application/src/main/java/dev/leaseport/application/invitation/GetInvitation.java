package dev.leaseport.application.invitation;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationErrors;
import dev.leaseport.domain.invitation.InvitationRepository;
import java.util.UUID;

/** An owner reads one of their invitations (never its token). */
public final class GetInvitation {
  private final UserTransactions transactions;
  private final InvitationRepository invitations;

  public GetInvitation(UserTransactions transactions, InvitationRepository invitations) {
    this.transactions = transactions;
    this.invitations = invitations;
  }

  public Invitation execute(Caller caller, UUID id) {
    caller.require(UserType.OWNER);
    return transactions.run(
        caller, () -> invitations.findById(id).orElseThrow(InvitationErrors::unknown));
  }
}
