package dev.leaseport.application.invitation;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.invitation.InvitationErrors;
import dev.leaseport.domain.invitation.InvitationPolicy;
import dev.leaseport.domain.invitation.InvitationRepository;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.invitation.IssuedInvitation;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.tenant.Tenant;
import dev.leaseport.domain.tenant.TenantRepository;
import dev.leaseport.domain.tenant.TenantStatus;
import java.util.Optional;
import java.util.UUID;

/**
 * An owner invites the renter of one of their active, not yet linked tenant records, optionally to
 * a unit of theirs. The token is made here and handed back once; only its hash is stored.
 */
public final class CreateInvitation {
  private final UserTransactions transactions;
  private final TenantRepository tenants;
  private final InvitationRepository invitations;
  private final InvitationPolicy policy;

  public CreateInvitation(
      UserTransactions transactions,
      TenantRepository tenants,
      InvitationRepository invitations,
      InvitationPolicy policy) {
    this.transactions = transactions;
    this.tenants = tenants;
    this.invitations = invitations;
    this.policy = policy;
  }

  public IssuedInvitation execute(Caller caller, UUID tenantId, Optional<UUID> unitId) {
    caller.require(UserType.OWNER);
    InvitationToken token = InvitationToken.generate();
    return transactions.run(
        caller,
        () -> {
          Tenant tenant =
              tenants.findById(tenantId).orElseThrow(() -> new NotFoundException("Tenant"));
          if (tenant.status() == TenantStatus.ARCHIVED) {
            throw InvitationErrors.notInvitable("The tenant record is archived");
          }
          if (tenant.userId().isPresent()) {
            throw InvitationErrors.notInvitable("The tenant record is already linked to a user");
          }
          return new IssuedInvitation(
              invitations.create(caller.userId(), tenantId, unitId, token, policy.timeToLive()),
              token);
        });
  }
}
