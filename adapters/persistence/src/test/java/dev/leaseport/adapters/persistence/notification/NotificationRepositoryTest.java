package dev.leaseport.adapters.persistence.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.notification.Notification;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The notification repository through the real user tier: each user sees only their own. */
class NotificationRepositoryTest extends DatabaseTest {
  private final JooqNotificationRepository notifications =
      new JooqNotificationRepository(transactions);
  private Caller owner;
  private Caller renter;

  @BeforeEach
  void twoUsers() {
    owner = newOwner();
    renter = newTenant();
  }

  @Test
  void aUserListsOnlyTheirOwnNewestFirstWithTheTrueTotal() {
    UUID older = notify(owner, "Older", "2026-11-01T10:00:00Z");
    UUID newer = notify(owner, "Newer", "2026-11-02T10:00:00Z");
    notify(renter, "Not the owner's", "2026-11-03T10:00:00Z");

    Page<Notification> page = as(owner, () -> notifications.list(false, new PageRequest(1, 0)));

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(Notification::id).containsExactly(newer);
    assertThat(as(owner, () -> notifications.list(false, new PageRequest(1, 1))).items())
        .extracting(Notification::id)
        .containsExactly(older);
  }

  @Test
  void unreadOnlyLeavesOutWhatWasRead() {
    UUID read = notify(owner, "Read", "2026-11-01T10:00:00Z");
    UUID unread = notify(owner, "Unread", "2026-11-02T10:00:00Z");
    as(owner, () -> notifications.markRead(read));

    Page<Notification> page = as(owner, () -> notifications.list(true, new PageRequest(10, 0)));

    assertThat(page.items()).extracting(Notification::id).containsExactly(unread);
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void markingReadTwiceKeepsTheFirstTimeAndTheVersion() {
    UUID id = notify(owner, "Hello", "2026-11-01T10:00:00Z");

    Notification first = as(owner, () -> notifications.markRead(id)).orElseThrow();
    Notification again = as(owner, () -> notifications.markRead(id)).orElseThrow();

    assertThat(first.readAt()).isPresent();
    assertThat(again.readAt()).isEqualTo(first.readAt());
    assertThat(again.version()).isEqualTo(first.version()).isEqualTo(2);
  }

  @Test
  void anotherUsersNotificationIsNotFoundAndStaysUnread() {
    UUID id = notify(owner, "Private", "2026-11-01T10:00:00Z");

    assertThat(as(renter, () -> notifications.markRead(id))).isEmpty();
    assertThat(
            database()
                .count(
                    "select count(*) from leaseport.notifications where id = ? and read_at is null",
                    id))
        .isEqualTo(1);
  }

  @Test
  void markAllReadChangesOnlyTheCallersUnreadInOneStatement() {
    UUID alreadyRead = notify(owner, "Read", "2026-11-01T10:00:00Z");
    as(owner, () -> notifications.markRead(alreadyRead));
    notify(owner, "A", "2026-11-02T10:00:00Z");
    notify(owner, "B", "2026-11-03T10:00:00Z");
    notify(renter, "Renter's", "2026-11-03T10:00:00Z");
    AtomicInteger statements = new AtomicInteger();

    int updated = countingStatements(owner, statements, notifications::markAllRead);

    assertThat(updated).isEqualTo(2);
    assertThat(statements).hasValue(2); // the tier's set-up, then one UPDATE
    assertThat(
            database().count("select count(*) from leaseport.notifications where read_at is null"))
        .isEqualTo(1);
  }

  @Test
  void aListTakesTheSameNumberOfStatementsWhateverThePageSize() {
    for (int i = 0; i < 12; i++) {
      notify(owner, "N" + i, "2026-11-01T10:00:00Z");
    }
    AtomicInteger small = new AtomicInteger();
    AtomicInteger large = new AtomicInteger();

    countingStatements(owner, small, () -> notifications.list(false, new PageRequest(1, 0)));
    countingStatements(owner, large, () -> notifications.list(false, new PageRequest(12, 0)));

    assertThat(small).hasValue(2);
    assertThat(large).hasValue(2);
  }

  /** Notifications are written by their events; here the test stands in for one. */
  private UUID notify(Caller recipient, String title, String at) {
    return database()
        .superuser()
        .fetchSingle(
            "insert into leaseport.notifications (user_id, owner_id, type, title, created_at)"
                + " values (?, ?, 'INVITATION_ACCEPTED', ?, ?::timestamptz) returning id",
            recipient.userId(),
            owner.userId(),
            title,
            at)
        .get(0, UUID.class);
  }
}
