package dev.leaseport.domain.notification;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's own notifications, newest first; anyone else's are absent. Nothing here creates one:
 * notifications are written by the events they report.
 */
public interface NotificationRepository {

  Page<Notification> list(boolean unreadOnly, PageRequest page);

  /** Marks it read, once: reading it again keeps the first time. Empty when not visible. */
  Optional<Notification> markRead(UUID id);

  /** Marks every unread notification of the caller read; returns how many changed. */
  int markAllRead();
}
