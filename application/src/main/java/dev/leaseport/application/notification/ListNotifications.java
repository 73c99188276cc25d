package dev.leaseport.application.notification;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.notification.Notification;
import dev.leaseport.domain.notification.NotificationRepository;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;

/** Any user lists their own notifications, newest first, all or only the unread. */
public final class ListNotifications {
  private final UserTransactions transactions;
  private final NotificationRepository notifications;

  public ListNotifications(UserTransactions transactions, NotificationRepository notifications) {
    this.transactions = transactions;
    this.notifications = notifications;
  }

  public Page<Notification> execute(Caller caller, boolean unreadOnly, PageRequest page) {
    return transactions.run(caller, () -> notifications.list(unreadOnly, page));
  }
}
