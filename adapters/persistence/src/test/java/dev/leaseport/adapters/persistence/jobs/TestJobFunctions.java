package dev.leaseport.adapters.persistence.jobs;

import org.jooq.DSLContext;

/**
 * Job functions made by the tests as superuser, in their own schema (so the product's function list
 * stays the product's): each leaves one row per call in {@code jobs_test.effects}, so a test can
 * count how often a job's work really happened.
 */
final class TestJobFunctions {
  static final DailyJob RECORDS_EFFECT = new DailyJob("record-effect", "jobs_test.record_effect");
  static final DailyJob FAILS_AFTER_WRITING =
      new DailyJob("fail-after-writing", "jobs_test.fail_after_writing");
  static final DailyJob RETURNS_NO_COUNTS =
      new DailyJob("return-no-counts", "jobs_test.return_no_counts");
  static final DailyJob MISSING_FUNCTION = new DailyJob("missing", "jobs_test.no_such_function");

  private TestJobFunctions() {}

  static void create(DSLContext superuser) {
    superuser.execute(
        """
        create schema if not exists jobs_test;
        grant usage on schema jobs_test to service_role;
        create table if not exists jobs_test.effects (
          as_of date not null, at timestamptz not null default clock_timestamp());
        grant select, insert on jobs_test.effects to service_role;
        truncate jobs_test.effects;

        create or replace function jobs_test.record_effect(as_of date) returns jsonb
        language plpgsql as $$
        begin
          -- Long enough for a second server to arrive while the first is still working.
          perform pg_sleep(0.2);
          insert into jobs_test.effects (as_of) values (as_of);
          return jsonb_build_object('effects', 1,
            'effectsForDate', (select count(*) from jobs_test.effects e where e.as_of = $1));
        end $$;

        create or replace function jobs_test.fail_after_writing(as_of date) returns jsonb
        language plpgsql as $$
        begin
          insert into jobs_test.effects (as_of) values (as_of);
          raise exception 'the job broke after writing' using errcode = 'P0001';
        end $$;

        create or replace function jobs_test.return_no_counts(as_of date) returns jsonb
        language plpgsql as $$
        begin
          insert into jobs_test.effects (as_of) values (as_of);
          return '{"effects": "many"}'::jsonb;
        end $$;

        revoke execute on function jobs_test.record_effect(date),
          jobs_test.fail_after_writing(date), jobs_test.return_no_counts(date) from public;
        grant execute on function jobs_test.record_effect(date),
          jobs_test.fail_after_writing(date), jobs_test.return_no_counts(date) to service_role;
        """);
  }
}
