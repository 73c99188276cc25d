package dev.leaseport.bootstrap.jobs;

import dev.leaseport.application.autopay.RunAutopay;
import dev.leaseport.bootstrap.config.JobSettings;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobRunner;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.paymentmethod.AutopayRun;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks once a minute for due jobs, on the server's managed scheduled executor (Jakarta
 * Concurrency: the server owns the thread and its context). Every server does this; the runner's
 * claim makes each date run once among them.
 */
@ApplicationScoped
public class JobScheduler {
  private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
  static final long TICK_SECONDS = 60;

  @Resource ManagedScheduledExecutorService executor;
  @Inject JobRunner runner;
  @Inject RunAutopay autopay;

  private final Clock clock = Clock.systemUTC();
  private DailySchedule schedule;
  private ScheduledFuture<?> ticking;

  /** Starts the schedule; called once the database is migrated. */
  public synchronized void start(JobSettings settings) {
    if (!settings.enabled()) {
      LOG.info("Scheduled jobs are off on this server (LEASEPORT_JOBS_ENABLED=false)");
      return;
    }
    if (ticking != null) {
      return;
    }
    schedule = new DailySchedule(runner.jobs(), settings.dailyAt());
    ticking = executor.scheduleAtFixedRate(this::tick, 5, TICK_SECONDS, TimeUnit.SECONDS);
    LOG.info(
        "Scheduled jobs "
            + runner.jobs()
            + " run daily from "
            + settings.dailyAt()
            + " UTC on this server");
  }

  void tick() {
    Instant now = clock.instant();
    LocalDate today = DailySchedule.dateAt(now);
    for (String job : schedule.due(now)) {
      try {
        JobAttempt attempt = runner.run(job, today, JobTrigger.SCHEDULE);
        if (attempt.run().succeeded()) {
          schedule.done(job, today);
        } else {
          schedule.failed(job, now);
        }
      } catch (RuntimeException e) {
        // The database may be away; a scheduled thread that throws would never run again.
        schedule.failed(job, now);
        LOG.log(Level.WARNING, "Job " + job + " for " + today + " could not run", e);
      }
    }
    payDueChargesByAutopay(today);
  }

  /**
   * Autopay is asked every tick, on every server, once the day's jobs are done here: its claims
   * make each charge paid once whoever asks, a declined one is tried again only the next day, and a
   * claim a stopped server left behind is taken over after a few minutes.
   */
  private void payDueChargesByAutopay(LocalDate today) {
    if (!schedule.due(clock.instant()).isEmpty()) {
      return;
    }
    try {
      AutopayRun run = autopay.execute(today);
      if (run.claimed() > 0) {
        LOG.info(
            () ->
                "Autopay for "
                    + today
                    + ": "
                    + run.claimed()
                    + " claimed, "
                    + run.submitted()
                    + " submitted, "
                    + run.declined()
                    + " declined, "
                    + run.deferred()
                    + " deferred");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Autopay for " + today + " could not run", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
  }
}
