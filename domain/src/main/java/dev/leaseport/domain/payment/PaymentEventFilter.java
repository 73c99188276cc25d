package dev.leaseport.domain.payment;

import java.util.Optional;

/** Which recorded events to list: by outcome, by exact type, or all. */
public record PaymentEventFilter(Optional<EventOutcome> outcome, Optional<String> type) {}
