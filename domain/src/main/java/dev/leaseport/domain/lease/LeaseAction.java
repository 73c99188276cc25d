package dev.leaseport.domain.lease;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an owner or a party does to a lease, and in which states: derived from {@link LeaseStatus}'s
 * transitions for every action that moves the lease.
 */
public enum LeaseAction {
  /** Only a DRAFT's terms may change: what was sent is what is signed. */
  EDIT("changed", EnumSet.of(LeaseStatus.DRAFT)),
  SEND("sent", LeaseStatus.sourcesOf(LeaseStatus.PENDING_SIGNATURE)),
  /** Signing moves the lease to ACTIVE once the owner and the primary tenant have signed. */
  SIGN("signed", LeaseStatus.sourcesOf(LeaseStatus.ACTIVE)),
  TERMINATE("terminated", LeaseStatus.sourcesOf(LeaseStatus.TERMINATED)),
  CANCEL("cancelled", LeaseStatus.sourcesOf(LeaseStatus.CANCELLED)),
  /** Renewing leaves the lease as it is and drafts its successor. */
  RENEW("renewed", EnumSet.of(LeaseStatus.ACTIVE, LeaseStatus.ENDED));

  private final String pastParticiple;
  private final Set<LeaseStatus> allowedFrom;

  LeaseAction(String pastParticiple, Set<LeaseStatus> allowedFrom) {
    this.pastParticiple = pastParticiple;
    this.allowedFrom = Set.copyOf(allowedFrom);
  }

  public Set<LeaseStatus> allowedFrom() {
    return allowedFrom;
  }

  String pastParticiple() {
    return pastParticiple;
  }
}
