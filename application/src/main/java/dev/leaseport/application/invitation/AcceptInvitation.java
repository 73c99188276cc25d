package dev.leaseport.application.invitation;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.invitation.AcceptedInvitation;
import dev.leaseport.domain.invitation.InvitationRepository;
import dev.leaseport.domain.invitation.InvitationToken;

/**
 * A renter accepts an invitation with its token. Who they are comes from the verified token alone:
 * the database function compares the caller's e-mail with the invitation's.
 */
public final class AcceptInvitation {
  private final UserTransactions transactions;
  private final InvitationRepository invitations;

  public AcceptInvitation(UserTransactions transactions, InvitationRepository invitations) {
    this.transactions = transactions;
    this.invitations = invitations;
  }

  public AcceptedInvitation execute(Caller caller, InvitationToken token) {
    caller.require(UserType.TENANT);
    return transactions.run(caller, () -> invitations.accept(token));
  }
}
