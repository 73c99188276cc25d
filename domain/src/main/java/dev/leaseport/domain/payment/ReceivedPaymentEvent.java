package dev.leaseport.domain.payment;

import java.time.Instant;
import java.util.Optional;

/** An event as the inbox recorded it: what it was, when it came and what receiving it did. */
public record ReceivedPaymentEvent(
    String id,
    String type,
    Optional<String> account,
    Instant created,
    Instant receivedAt,
    Instant processedAt,
    EventOutcome outcome) {}
