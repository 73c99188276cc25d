package dev.leaseport.domain.paymentmethod;

import java.time.LocalDate;

/**
 * One autopay run's counts: charges claimed, payments the provider took, payments it declined, and
 * claims left for a later run because the provider could not be reached.
 */
public record AutopayRun(LocalDate asOf, int claimed, int submitted, int declined, int deferred) {}
