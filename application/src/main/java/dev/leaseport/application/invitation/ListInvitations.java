package dev.leaseport.application.invitation;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationRepository;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;

/** An owner lists their invitations, EXPIRED told apart from PENDING. */
public final class ListInvitations {
  private final UserTransactions transactions;
  private final InvitationRepository invitations;

  public ListInvitations(UserTransactions transactions, InvitationRepository invitations) {
    this.transactions = transactions;
    this.invitations = invitations;
  }

  public Page<Invitation> execute(
      Caller caller, InvitationFilter filter, Sort<InvitationSortField> sort, PageRequest page) {
    caller.require(UserType.OWNER);
    return transactions.run(caller, () -> invitations.list(filter, sort, page));
  }
}
