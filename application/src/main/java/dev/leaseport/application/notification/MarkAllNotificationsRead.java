package dev.leaseport.application.notification;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.notification.NotificationRepository;

/** Any user marks all their unread notifications read, in one statement; returns how many. */
public final class MarkAllNotificationsRead {
  private final UserTransactions transactions;
  private final NotificationRepository notifications;

  public MarkAllNotificationsRead(
      UserTransactions transactions, NotificationRepository notifications) {
    this.transactions = transactions;
    this.notifications = notifications;
  }

  public int execute(Caller caller) {
    return transactions.run(caller, notifications::markAllRead);
  }
}
