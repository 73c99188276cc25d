package dev.leaseport.domain.invitation;

import java.util.Optional;
import java.util.UUID;

/** Which invitations a list shows: by state (EXPIRED included) and by tenant record. */
public record InvitationFilter(Optional<InvitationState> state, Optional<UUID> tenantId) {

  public static InvitationFilter none() {
    return new InvitationFilter(Optional.empty(), Optional.empty());
  }
}
