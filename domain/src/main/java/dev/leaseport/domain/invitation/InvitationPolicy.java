package dev.leaseport.domain.invitation;

import java.time.Duration;

/** How long a new invitation stays valid. */
public record InvitationPolicy(Duration timeToLive) {
  public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofDays(7);

  public InvitationPolicy {
    if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("an invitation must live for a positive duration");
    }
  }
}
