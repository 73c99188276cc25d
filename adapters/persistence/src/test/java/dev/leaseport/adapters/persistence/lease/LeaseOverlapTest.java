package dev.leaseport.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.shared.ConflictException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
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

  /** Both sends start together, on two connections: exactly one lease is sent. */
  @RepeatedTest(3)
  void twoOverlappingLeasesSentTogetherLeaveExactlyOneSent() throws Exception {
    Lease first = draft();
    Lease second = draft(LocalDate.of(2030, 3, 1), LocalDate.of(2031, 2, 28));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    for (Lease lease : List.of(first, second)) {
      sends.add(
          CompletableFuture.runAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                send(lease);
              }));
    }
    start.countDown();

    List<String> outcomes = new ArrayList<>();
    for (CompletableFuture<Void> send : sends) {
      try {
        send.get(30, TimeUnit.SECONDS);
        outcomes.add("sent");
      } catch (ExecutionException e) {
        outcomes.add(((ConflictException) e.getCause()).code());
      }
    }

    assertThat(outcomes).containsExactlyInAnyOrder("sent", "lease-overlap");
    assertThat(List.of(read(first.id()).status(), read(second.id()).status()))
        .containsExactlyInAnyOrder(LeaseStatus.PENDING_SIGNATURE, LeaseStatus.DRAFT);
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
