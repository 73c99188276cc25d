package dev.leaseport.adapters.rest.tenant;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.tenant.Tenant;
import java.time.Instant;
import java.util.UUID;

/** A tenant record as JSON; {@code userId} is the linked renter's user, null until one accepts. */
public record TenantJson(
    UUID id,
    String firstName,
    String lastName,
    String email,
    String phone,
    String emergencyContactName,
    String emergencyContactPhone,
    String notes,
    UUID userId,
    String status,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  static TenantJson of(Tenant t) {
    return new TenantJson(
        t.id(),
        t.firstName(),
        t.lastName(),
        t.email(),
        t.phone().orElse(null),
        t.emergencyContactName().orElse(null),
        t.emergencyContactPhone().orElse(null),
        t.notes().orElse(null),
        t.userId().orElse(null),
        t.status().name(),
        t.createdAt(),
        t.updatedAt(),
        t.version());
  }
}
