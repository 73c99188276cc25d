package dev.leaseport.domain.invitation;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Invitations visible to the current caller (an owner sees their own), and acceptance, which alone
 * may look across owners and runs as one database function.
 */
public interface InvitationRepository {

  /** Stores the token's hash only; the e-mail is taken from the tenant record. */
  Invitation create(
      UUID ownerId,
      UUID tenantId,
      Optional<UUID> unitId,
      InvitationToken token,
      Duration timeToLive);

  Optional<Invitation> findById(UUID id);

  Page<Invitation> list(InvitationFilter filter, Sort<InvitationSortField> sort, PageRequest page);

  /** Marks a pending invitation revoked; empty when it is not visible. */
  Optional<Invitation> revoke(UUID id);

  /**
   * Links the calling renter to the invitation's tenant record, atomically; throws the {@link
   * InvitationErrors} of each failure and changes nothing then.
   */
  AcceptedInvitation accept(InvitationToken token);
}
