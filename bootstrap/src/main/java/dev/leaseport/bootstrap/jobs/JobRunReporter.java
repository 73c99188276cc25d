package dev.leaseport.bootstrap.jobs;

import dev.leaseport.adapters.persistence.jobs.JobRunListener;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobRun;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every attempt in {@code /metrics} ({@code leaseport_job_runs_total} by job and outcome:
 * succeeded, failed, already_done) and adds the counts a successful run reported ({@code
 * leaseport_job_counts_total} by job and count), and logs one line per attempt with its counts.
 */
public final class JobRunReporter implements JobRunListener {
  private static final Logger LOG = Logger.getLogger(JobRunReporter.class.getName());
  private final MetricRegistry metrics;

  public JobRunReporter(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  @Override
  public void attempted(JobAttempt attempt) {
    JobRun run = attempt.run();
    String outcome =
        attempt.ranNow() ? run.outcome().name().toLowerCase(Locale.ROOT) : "already_done";
    metrics
        .counter("leaseport_job_runs", new Tag("job", run.job()), new Tag("outcome", outcome))
        .inc();
    if (attempt.ranNow() && run.succeeded()) {
      run.counts()
          .forEach(
              (name, value) ->
                  metrics
                      .counter(
                          "leaseport_job_counts", new Tag("job", run.job()), new Tag("count", name))
                      .inc(Math.max(0, value)));
    }
    LOG.log(
        attempt.ranNow() && !run.succeeded() ? Level.WARNING : Level.INFO,
        () ->
            "Job "
                + run.job()
                + " for "
                + run.runDate()
                + ": "
                + outcome
                + " ("
                + run.trigger()
                + ", attempt "
                + run.attempts()
                + (attempt.ranNow() ? " on " : " recorded by ")
                + run.server()
                + ", "
                + Duration.between(run.startedAt(), run.finishedAt()).toMillis()
                + " ms) counts "
                + run.counts()
                + (run.error() == null ? "" : " error: " + run.error()));
  }
}
