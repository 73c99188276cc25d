package dev.leaseport.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.shared.ConflictException;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No two sent or active leases of one unit overlap, however the sends interleave. */
class LeaseOverlapTest extends LeaseTest {

  @Test
  void sendingALeaseThatOverlapsASentOneIsALeaseOverlap() {
    sent();
    Lease second = draft(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 12, 30));

    assertThatThrownBy(() -> send(second))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-overlap"));
    assertThat(read(second.id()).status()).isEqualTo(LeaseStatus.DRAFT);
  }

  @Test
  void aLeaseStartingTheDayAfterTheOtherEndsDoesNotOverlap() {
    sent();
    Lease next = draft(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));

    send(next);

    assertThat(read(next.id()).status()).isEqualTo(LeaseStatus.PENDING_SIGNATURE);
  }

  /**
   * The first send has updated its lease but not committed when the second starts: the second waits
   * on the exclusion constraint, then fails once the first commits.
   */
  @Test
  void ofTwoOverlappingLeasesSentAtOnceOneWinsAndTheOtherIsALeaseOverlap() throws Exception {
    Lease first = draft();
    Lease second = draft(LocalDate.of(2030, 6, 1), LocalDate.of(2031, 5, 31));
    CountDownLatch firstSent = new CountDownLatch(1);

    CompletableFuture<Void> firstSend =
        CompletableFuture.runAsync(
            () ->
                as(
                    owner,
                    () -> {
                      leases.send(first.id());
                      firstSent.countDown();
                      pause(500);
                      return null;
                    }));
    assertThat(firstSent.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> secondSend = CompletableFuture.runAsync(() -> send(second));

    firstSend.get(30, TimeUnit.SECONDS);
    assertThatThrownBy(() -> secondSend.get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConflictException.class)
        .cause()
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-overlap"));
    assertThat(read(first.id()).status()).isEqualTo(LeaseStatus.PENDING_SIGNATURE);
    assertThat(read(second.id()).status()).isEqualTo(LeaseStatus.DRAFT);
  }

  private void send(Lease lease) {
    as(
        owner,
        () -> {
          leases.send(lease.id());
          return null;
        });
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
