package dev.leaseport.domain.lease;

import java.util.Optional;

/** Where a signature came from, as the request shows it; recorded with the signature. */
public record SigningContext(Optional<String> clientIp, Optional<String> userAgent) {}
