package dev.leaseport.domain.lease;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One signature: who signed, for which tenant record, when, and from where. */
public record LeaseSignature(
    SignatureParty party,
    Optional<UUID> tenantId,
    UUID signedBy,
    Instant signedAt,
    Optional<String> clientIp,
    Optional<String> userAgent) {}
