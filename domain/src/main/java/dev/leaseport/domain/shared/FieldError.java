package dev.leaseport.domain.shared;

/** One invalid field, named by its JSON path (e.g. {@code rentAmount.amount}). */
public record FieldError(String field, String message) {}
