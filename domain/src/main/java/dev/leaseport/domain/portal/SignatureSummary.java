package dev.leaseport.domain.portal;

import dev.leaseport.domain.lease.SignatureParty;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One signature on the lease: which party, for which tenant record, when, and whether yours. */
public record SignatureSummary(
    SignatureParty party, Optional<UUID> tenantId, Instant signedAt, boolean byYou) {}
