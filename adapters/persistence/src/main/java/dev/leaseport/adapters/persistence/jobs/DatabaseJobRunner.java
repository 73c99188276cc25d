package dev.leaseport.adapters.persistence.jobs;

import dev.leaseport.adapters.persistence.support.SqlErrors;
import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.domain.job.JobAttempt;
import dev.leaseport.domain.job.JobRun;
import dev.leaseport.domain.job.JobRunner;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Runs a job for a date in one system-tier transaction: a transaction-scoped advisory lock on (job,
 * date) queues a second server behind the first; the {@code job_runs} row is claimed by
 * insert-on-conflict (a SUCCEEDED row means done: nothing runs); the job's function runs and its
 * counts are recorded; all of it commits together or not at all. The system tier is needed because
 * a job works across every owner, and run records are no owner's data.
 */
public final class DatabaseJobRunner implements JobRunner {
  private static final int MAX_ERROR_LENGTH = 1000;
  private static final Pattern SETTING_NAME = Pattern.compile("leaseport\\.[a-z_]+");

  private final SystemTier systemTier;
  private final JobRegistry registry;
  private final String server;
  private final JobRunListener listener;
  private final Map<String, String> functionSettings;

  /**
   * @param server names this server in the records, e.g. its host and process
   */
  public DatabaseJobRunner(
      SystemTier systemTier, JobRegistry registry, String server, JobRunListener listener) {
    this(systemTier, registry, server, listener, Map.of());
  }

  /**
   * @param functionSettings transaction-local settings the job functions read with {@code
   *     current_setting}, e.g. {@code leaseport.charge_lead_days}: configuration reaches a job
   *     without changing its {@code fn(as_of date)} shape
   */
  public DatabaseJobRunner(
      SystemTier systemTier,
      JobRegistry registry,
      String server,
      JobRunListener listener,
      Map<String, String> functionSettings) {
    this.systemTier = systemTier;
    this.registry = registry;
    this.server = server;
    this.listener = listener;
    functionSettings.keySet().forEach(DatabaseJobRunner::requireSettingName);
    this.functionSettings = Map.copyOf(functionSettings);
  }

  private static void requireSettingName(String name) {
    if (!SETTING_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A job setting is leaseport.<name>: " + name);
    }
  }

  @Override
  public Set<String> jobs() {
    return registry.names();
  }

  @Override
  public JobAttempt run(String name, LocalDate asOf, JobTrigger trigger) {
    DailyJob job =
        registry
            .find(name)
            .orElseThrow(() -> new IllegalArgumentException("No job is named " + name));
    JobAttempt attempt;
    try {
      attempt = systemTier.run(SystemReason.SCHEDULED_JOB, dsl -> runOnce(dsl, job, asOf, trigger));
    } catch (RuntimeException e) {
      // The job's work rolled back with its claim; the failure is recorded on its own.
      attempt = recordFailure(job, asOf, trigger, e);
    }
    listener.attempted(attempt);
    return attempt;
  }

  private JobAttempt runOnce(DSLContext dsl, DailyJob job, LocalDate asOf, JobTrigger trigger) {
    dsl.fetch(
        "select pg_advisory_xact_lock(hashtext('leaseport.job_runs'), hashtext(?::text || '/' || ?::text))",
        job.name(),
        asOf.toString());
    Optional<UUID> claimed =
        dsl.fetchOptional(JobRunRows.CLAIM, job.name(), asOf, trigger.name(), server)
            .map(row -> row.get(0, UUID.class));
    if (claimed.isEmpty()) {
      return new JobAttempt(JobRunRows.find(dsl, job.name(), asOf).orElseThrow(), false);
    }
    try {
      functionSettings.forEach(
          (name, value) -> dsl.fetch("select set_config(?, ?, true)", name, value));
      String counts =
          dsl.fetchSingle(
                  "select " + DSL.name(job.schema(), job.functionName()) + "(?::date)::text", asOf)
              .get(0, String.class);
      dsl.execute(JobRunRows.SUCCEED, counts, claimed.get());
      return new JobAttempt(JobRunRows.find(dsl, job.name(), asOf).orElseThrow(), true);
    } catch (DataAccessException e) {
      if (SqlErrors.isRetryable(e) || SqlErrors.isConnectionLost(e)) {
        throw e; // the transaction's own retry handles these
      }
      // Kept whole for the record: the translation into an API error would hide the cause.
      throw new JobFailedException(e);
    }
  }

  private JobAttempt recordFailure(
      DailyJob job, LocalDate asOf, JobTrigger trigger, RuntimeException failure) {
    try {
      return systemTier.run(
          SystemReason.SCHEDULED_JOB,
          dsl -> {
            boolean recorded =
                dsl.execute(
                        JobRunRows.FAIL, job.name(), asOf, errorOf(failure), trigger.name(), server)
                    > 0;
            // Another server may have succeeded meanwhile: its record stands, untouched.
            return new JobAttempt(JobRunRows.find(dsl, job.name(), asOf).orElseThrow(), recorded);
          });
    } catch (RuntimeException whileRecording) {
      failure.addSuppressed(whileRecording);
      throw failure;
    }
  }

  private static String errorOf(RuntimeException failure) {
    String text =
        failure instanceof JobFailedException failed
            ? failed.getMessage()
            : failure.getClass().getSimpleName() + ": " + rootMessage(failure);
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  @Override
  public Page<JobRun> recentRuns(PageRequest page) {
    return systemTier.run(SystemReason.SCHEDULED_JOB, dsl -> JobRunRows.recent(dsl, page));
  }
}
