package dev.leaseport.domain.invitation;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;

/** The stable answers of invitation acceptance, one per way it can fail. */
public final class InvitationErrors {
  private InvitationErrors() {}

  public static NotFoundException unknown() {
    return new NotFoundException("Invitation");
  }

  public static ConflictException used() {
    return new ConflictException("invitation-used", "The invitation has already been accepted");
  }

  public static ConflictException revoked() {
    return new ConflictException("invitation-revoked", "The invitation has been revoked");
  }

  public static ConflictException expired() {
    return new ConflictException("invitation-expired", "The invitation has expired");
  }

  public static ForbiddenException notTheInvitedRenter() {
    return new ForbiddenException(
        "forbidden", "The invitation was sent to another e-mail address (or it is unverified)");
  }

  public static ConflictException alreadyLinked() {
    return new ConflictException(
        "tenant-already-linked",
        "The tenant record is linked to another user, or you already have a record of this owner");
  }

  /** An archived or already linked tenant record takes no new invitation. */
  public static ConflictException notInvitable(String why) {
    return new ConflictException("conflict", why);
  }
}
