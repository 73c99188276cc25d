package dev.leaseport.adapters.rest.profile;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.identity.UserProfile;
import java.time.Instant;
import java.util.UUID;

/** The caller's profile as JSON. */
public record ProfileJson(
    UUID id,
    String email,
    String fullName,
    String phone,
    String userType,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  static ProfileJson of(UserProfile p) {
    return new ProfileJson(
        p.id(),
        p.email(),
        p.fullName().orElse(null),
        p.phone().orElse(null),
        p.userType().name(),
        p.createdAt(),
        p.updatedAt(),
        p.version());
  }
}
