package dev.leaseport.adapters.rest.notification;

/** How many notifications {@code read-all} marked read. */
public record MarkedReadJson(int updated) {}
