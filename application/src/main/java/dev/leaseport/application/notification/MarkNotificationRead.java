package dev.leaseport.application.notification;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.notification.Notification;
import dev.leaseport.domain.notification.NotificationRepository;
import dev.leaseport.domain.shared.NotFoundException;
import java.util.UUID;

/** Any user marks one of their notifications read; again changes nothing. */
public final class MarkNotificationRead {
  private final UserTransactions transactions;
  private final NotificationRepository notifications;

  public MarkNotificationRead(UserTransactions transactions, NotificationRepository notifications) {
    this.transactions = transactions;
    this.notifications = notifications;
  }

  public Notification execute(Caller caller, UUID id) {
    return transactions.run(
        caller,
        () -> notifications.markRead(id).orElseThrow(() -> new NotFoundException("Notification")));
  }
}
