package dev.leaseport.domain.identity;

import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;

/** The caller's own user row, read and written under the caller's identity. */
public interface UserProfileRepository {

  Optional<UserProfile> findCurrent();

  /** Applies the changes; empty when the row is not visible to the caller. */
  Optional<UserProfile> updateCurrent(ProfileChanges changes, Versioned expected);
}
