package dev.leaseport.adapters.persistence.jobs;

import dev.leaseport.domain.job.JobOutcome;
import dev.leaseport.domain.job.JobRun;
import dev.leaseport.domain.job.JobTrigger;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

/** The statements on {@code job_runs}, and one projection of a row for every read. */
final class JobRunRows {
  /**
   * Claims (job, date): a new row, or a FAILED one taken over; no row back means it succeeded
   * before. Marked SUCCEEDED already: nobody sees it before the job's work commits with it.
   */
  static final String CLAIM =
      """
      insert into leaseport.job_runs as r
        (job, run_date, outcome, triggered_by, server, started_at, finished_at)
      values (?, ?, 'SUCCEEDED', ?, ?, clock_timestamp(), clock_timestamp())
      on conflict (job, run_date) do update
        set outcome = 'SUCCEEDED', error = null, counts = '{}',
            triggered_by = excluded.triggered_by, server = excluded.server,
            attempts = r.attempts + 1, started_at = excluded.started_at,
            finished_at = excluded.finished_at
        where r.outcome = 'FAILED'
      returning r.id
      """;

  static final String SUCCEED =
      "update leaseport.job_runs set counts = ?::jsonb, finished_at = clock_timestamp()"
          + " where id = ?";

  /** Records a failed attempt, unless the date succeeded meanwhile. */
  static final String FAIL =
      """
      insert into leaseport.job_runs as r
        (job, run_date, outcome, error, triggered_by, server, started_at, finished_at)
      values (?, ?, 'FAILED', ?, ?, ?, transaction_timestamp(), clock_timestamp())
      on conflict (job, run_date) do update
        set error = excluded.error, triggered_by = excluded.triggered_by,
            server = excluded.server, attempts = r.attempts + 1,
            started_at = excluded.started_at, finished_at = excluded.finished_at
        where r.outcome = 'FAILED'
      """;

  /** The counts as two arrays in key order: a value that is not a whole number fails the run. */
  private static final String PROJECTION =
      """
      select r.id, r.job, r.run_date, r.outcome, r.error, r.triggered_by, r.server, r.attempts,
             r.started_at, r.finished_at,
             array(select key from jsonb_each(r.counts) order by key) as count_names,
             array(select (value #>> '{}')::bigint from jsonb_each(r.counts) order by key)
               as count_values
      from leaseport.job_runs r
      """;

  private JobRunRows() {}

  static Optional<JobRun> find(DSLContext dsl, String job, LocalDate runDate) {
    return dsl.fetchOptional(PROJECTION + " where r.job = ? and r.run_date = ?", job, runDate)
        .map(JobRunRows::toRun);
  }

  /** A page and the true total in one statement; a page past the end costs a second. */
  static Page<JobRun> recent(DSLContext dsl, PageRequest page) {
    Result<Record> rows =
        dsl.fetch(
            "select page.*, count(*) over () as total from ("
                + PROJECTION
                + ") page order by page.started_at desc, page.id limit ? offset ?",
            page.limit(),
            page.offset());
    long total =
        rows.isEmpty()
            ? (page.offset() == 0
                ? 0
                : ((Number) dsl.fetchValue("select count(*) from leaseport.job_runs")).longValue())
            : rows.get(0).get("total", Long.class);
    List<JobRun> runs = rows.map(JobRunRows::toRun);
    return new Page<>(runs, total, page);
  }

  private static JobRun toRun(Record row) {
    String[] names = row.get("count_names", String[].class);
    Long[] values = row.get("count_values", Long[].class);
    Map<String, Long> counts = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      counts.put(names[i], values[i]);
    }
    return new JobRun(
        row.get("id", UUID.class),
        row.get("job", String.class),
        row.get("run_date", LocalDate.class),
        JobOutcome.valueOf(row.get("outcome", String.class)),
        row.get("error", String.class),
        counts,
        JobTrigger.valueOf(row.get("triggered_by", String.class)),
        row.get("server", String.class),
        row.get("attempts", Integer.class),
        instant(row, "started_at"),
        instant(row, "finished_at"));
  }

  private static Instant instant(Record row, String field) {
    return row.get(field, OffsetDateTime.class).toInstant();
  }
}
