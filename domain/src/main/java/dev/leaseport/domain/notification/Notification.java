package dev.leaseport.domain.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What a user is told about one event; {@code link} is the API path of what it concerns. */
public record Notification(
    UUID id,
    NotificationType type,
    String title,
    Optional<String> body,
    Optional<String> link,
    Optional<Instant> readAt,
    Instant createdAt,
    long version) {}
