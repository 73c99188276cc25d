package dev.leaseport.adapters.rest.notification;

import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.notification.Notification;
import java.time.Instant;
import java.util.UUID;

/** A notification as JSON; {@code link} is the API path of what it concerns. */
public record NotificationJson(
    UUID id,
    String type,
    String title,
    String body,
    String link,
    boolean read,
    Instant readAt,
    Instant createdAt,
    long version)
    implements VersionedJson {

  static NotificationJson of(Notification n) {
    return new NotificationJson(
        n.id(),
        n.type().name(),
        n.title(),
        n.body().orElse(null),
        n.link().orElse(null),
        n.readAt().isPresent(),
        n.readAt().orElse(null),
        n.createdAt(),
        n.version());
  }
}
