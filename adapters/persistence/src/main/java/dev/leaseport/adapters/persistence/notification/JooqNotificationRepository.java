package dev.leaseport.adapters.persistence.notification;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.NOTIFICATIONS;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.notification.Notification;
import dev.leaseport.domain.notification.NotificationRepository;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;

/** Notifications of the caller: row-level security shows each user only their own. */
public final class JooqNotificationRepository implements NotificationRepository {
  private static final SelectField<Notification> NOTIFICATION =
      row(
              NOTIFICATIONS.ID,
              NOTIFICATIONS.TYPE,
              NOTIFICATIONS.TITLE,
              NOTIFICATIONS.BODY.convertFrom(Optional::ofNullable),
              NOTIFICATIONS.LINK.convertFrom(Optional::ofNullable),
              NOTIFICATIONS.READ_AT.convertFrom(Optional::ofNullable),
              NOTIFICATIONS.CREATED_AT,
              NOTIFICATIONS.VERSION)
          .mapping(Notification::new);

  private final TransactionContext transactions;

  public JooqNotificationRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Page<Notification> list(boolean unreadOnly, PageRequest page) {
    return PagedQuery.fetch(
        dsl(),
        NOTIFICATION,
        NOTIFICATIONS,
        unreadOnly ? NOTIFICATIONS.READ_AT.isNull() : noCondition(),
        List.of(NOTIFICATIONS.CREATED_AT.desc(), NOTIFICATIONS.ID.desc()),
        page);
  }

  @Override
  public Optional<Notification> markRead(UUID id) {
    // Only an unread one is written, so reading twice keeps the first time and the version.
    return dsl()
        .update(NOTIFICATIONS)
        .set(NOTIFICATIONS.READ_AT, currentInstant())
        .where(NOTIFICATIONS.ID.eq(id))
        .and(NOTIFICATIONS.READ_AT.isNull())
        .returningResult(NOTIFICATION)
        .fetchOptional(Record1::value1)
        .or(
            () ->
                dsl()
                    .select(NOTIFICATION)
                    .from(NOTIFICATIONS)
                    .where(NOTIFICATIONS.ID.eq(id))
                    .fetchOptional(Record1::value1));
  }

  @Override
  public int markAllRead() {
    return dsl()
        .update(NOTIFICATIONS)
        .set(NOTIFICATIONS.READ_AT, currentInstant())
        .where(NOTIFICATIONS.READ_AT.isNull())
        .execute();
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }
}
