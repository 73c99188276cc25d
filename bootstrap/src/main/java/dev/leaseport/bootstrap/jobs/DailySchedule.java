package dev.leaseport.bootstrap.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which jobs are due at a moment: each job once a day (UTC) from {@code dailyAt}, until a run of
 * that date is done on any server. A server that was down at {@code dailyAt} catches up when it
 * starts; a failed run is tried again after {@link #RETRY_AFTER}, not on every tick.
 */
final class DailySchedule {
  static final Duration RETRY_AFTER = Duration.ofMinutes(10);

  private final Set<String> jobs;
  private final LocalTime dailyAt;
  private final Map<String, LocalDate> doneUpTo = new HashMap<>();
  private final Map<String, Instant> notBefore = new HashMap<>();

  DailySchedule(Set<String> jobs, LocalTime dailyAt) {
    this.jobs = new TreeSet<>(jobs);
    this.dailyAt = dailyAt;
  }

  /** The date a run at {@code now} is for: today, UTC. */
  static LocalDate dateAt(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  synchronized List<String> due(Instant now) {
    LocalDate today = dateAt(now);
    if (now.isBefore(today.atTime(dailyAt).toInstant(ZoneOffset.UTC))) {
      return List.of();
    }
    return jobs.stream()
        .filter(job -> !today.equals(doneUpTo.get(job)))
        .filter(job -> !now.isBefore(notBefore.getOrDefault(job, Instant.MIN)))
        .toList();
  }

  /** A run for {@code date} is done: succeeded here, or found already done by another server. */
  synchronized void done(String job, LocalDate date) {
    doneUpTo.put(job, date);
    notBefore.remove(job);
  }

  synchronized void failed(String job, Instant now) {
    notBefore.put(job, now.plus(RETRY_AFTER));
  }
}
