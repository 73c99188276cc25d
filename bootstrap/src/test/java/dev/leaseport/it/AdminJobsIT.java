package dev.leaseport.it;

import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.rest.ApiExamples;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Admins run the scheduled jobs by hand over HTTP (back-fills, re-runs) and read their records. The
 * server is configured with two job functions these tests create ({@link ItJobFunctions}).
 */
@ExtendWith(ArquillianExtension.class)
class AdminJobsIT {
  private static ItJobFunctions functions;

  @BeforeAll
  static void createTheJobFunctions() {
    functions = ItJobFunctions.onTheItServer();
  }

  /** A past date of its own for each test and run: the IT database outlives a run. */
  private static LocalDate aPastDate() {
    return LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
  }

  private static Response run(String token, String job, LocalDate asOf) {
    return Api.as(token)
        .body(Map.of("asOf", asOf.toString()))
        .post("/api/v1/admin/jobs/" + job + "/run");
  }

  @Test
  void anAdminBackFillsADateOnceAndARepeatReturnsTheSameRecordUnchanged() {
    String admin = Api.newUser("ADMIN");
    LocalDate date = aPastDate();

    Response first = run(admin, ItJobFunctions.RECORD_EFFECT, date);
    Response repeat = run(admin, ItJobFunctions.RECORD_EFFECT, date);

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    assertThat(first.<String>path("job")).isEqualTo(ItJobFunctions.RECORD_EFFECT);
    assertThat(first.<String>path("runDate")).isEqualTo(date.toString());
    assertThat(first.<String>path("outcome")).isEqualTo("SUCCEEDED");
    assertThat(first.<String>path("trigger")).isEqualTo("ADMIN");
    assertThat(first.<Integer>path("counts.effects")).isEqualTo(1);
    assertThat(first.<Integer>path("attempts")).isEqualTo(1);
    assertThat(first.<String>path("server")).isNotBlank();
    assertThat(repeat.statusCode()).as(repeat.asString()).isEqualTo(200);
    assertThat(repeat.asString()).isEqualTo(first.asString());
    assertThat(functions.effects(date)).isEqualTo(1);
    assertThat(functions.runRecords(ItJobFunctions.RECORD_EFFECT, date)).isEqualTo(1);
  }

  @Test
  void withoutABodyTheJobRunsForTodayUtc() {
    Response today =
        Api.as(Api.newUser("ADMIN"))
            .post("/api/v1/admin/jobs/" + ItJobFunctions.RECORD_EFFECT + "/run");

    assertThat(today.statusCode()).as(today.asString()).isIn(200, 201);
    assertThat(today.<String>path("runDate")).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    assertThat(today.<String>path("outcome")).isEqualTo("SUCCEEDED");
  }

  @Test
  void theDocumentedExampleIsAccepted() {
    Response example =
        Api.as(Api.newUser("ADMIN"))
            .body(ApiExamples.RUN_JOB)
            .post("/api/v1/admin/jobs/" + ItJobFunctions.RECORD_EFFECT + "/run");

    assertThat(example.statusCode()).as(example.asString()).isIn(200, 201);
  }

  @Test
  void aFailingJobAnswersWithItsFailedRecordAndLeavesNoneOfItsWork() {
    String admin = Api.newUser("ADMIN");
    LocalDate date = aPastDate();

    Response failed = run(admin, ItJobFunctions.FAIL_AFTER_WRITING, date);
    Response again = run(admin, ItJobFunctions.FAIL_AFTER_WRITING, date);

    assertThat(failed.statusCode()).as(failed.asString()).isEqualTo(201);
    assertThat(failed.<String>path("outcome")).isEqualTo("FAILED");
    assertThat(failed.<String>path("error")).contains("the test job broke after writing");
    assertThat(again.statusCode()).as("a failed date may be run again").isEqualTo(201);
    assertThat(again.<Integer>path("attempts")).isEqualTo(2);
    assertThat(again.<String>path("id")).isEqualTo(failed.<String>path("id"));
    assertThat(functions.effects(date)).isZero();
  }

  @Test
  void anAdminListsTheRunsMostRecentFirstInTheListEnvelope() {
    String admin = Api.newUser("ADMIN");
    LocalDate date = aPastDate();
    String id = run(admin, ItJobFunctions.RECORD_EFFECT, date).then().extract().path("id");

    Response list = Api.as(admin).queryParam("limit", 5).get("/api/v1/admin/jobs");

    assertThat(list.statusCode()).as(list.asString()).isEqualTo(200);
    assertThat(list.<String>path("data[0].id")).isEqualTo(id);
    assertThat(list.<Integer>path("data[0].counts.effects")).isEqualTo(1);
    assertThat(list.<Integer>path("limit")).isEqualTo(5);
    assertThat(list.<Integer>path("offset")).isZero();
    assertThat(list.<Integer>path("total")).isGreaterThanOrEqualTo(1);
    assertProblem(
        Api.as(admin).queryParam("limit", 0).get("/api/v1/admin/jobs"), 400, "invalid-parameter");
  }

  @Test
  void anUnknownJobIsNotFound() {
    assertProblem(run(Api.newUser("ADMIN"), "no-such-job", aPastDate()), 404, "not-found");
  }

  @Test
  void aFutureOrMalformedDateIsRefusedAndRunsNothing() {
    String admin = Api.newUser("ADMIN");
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    assertProblem(run(admin, ItJobFunctions.RECORD_EFFECT, tomorrow), 422, "validation-failed");
    assertProblem(
        Api.as(admin)
            .body(Map.of("asOf", "30/11/2026"))
            .post("/api/v1/admin/jobs/" + ItJobFunctions.RECORD_EFFECT + "/run"),
        422,
        "validation-failed");
    assertProblem(
        Api.as(admin)
            .body(Map.of("asof", "2026-01-01"))
            .post("/api/v1/admin/jobs/" + ItJobFunctions.RECORD_EFFECT + "/run"),
        400,
        "malformed-request");
    assertThat(functions.runRecords(ItJobFunctions.RECORD_EFFECT, tomorrow)).isZero();
  }

  @Test
  void ownersAndTenantsAreForbiddenAndAnonymousCallersUnauthorized() {
    for (String type : new String[] {"OWNER", "TENANT"}) {
      String token = Api.newUser(type);
      assertProblem(Api.as(token).get("/api/v1/admin/jobs"), 403, "forbidden");
      assertProblem(run(token, ItJobFunctions.RECORD_EFFECT, aPastDate()), 403, "forbidden");
    }
    assertProblem(Api.anonymous().get("/api/v1/admin/jobs"), 401, "unauthenticated");
  }

  @Test
  void metricsCountRunsByJobAndOutcomeAndAddUpTheirCounts() {
    String admin = Api.newUser("ADMIN");
    LocalDate date = aPastDate();
    run(admin, ItJobFunctions.RECORD_EFFECT, date).then().statusCode(201);
    run(admin, ItJobFunctions.RECORD_EFFECT, date).then().statusCode(200);

    String metrics =
        given().baseUri(Api.BASE).get("/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics)
        .containsPattern(
            "leaseport_job_runs_total\\{job=\"it-record-effect\",[^}]*outcome=\"succeeded\"")
        .containsPattern(
            "leaseport_job_runs_total\\{job=\"it-record-effect\",[^}]*outcome=\"already_done\"")
        .containsPattern("leaseport_job_counts_total\\{count=\"effects\",job=\"it-record-effect\"")
        .containsPattern("leaseport_system_tier_uses_total\\{[^}]*reason=\"scheduled-job\"");
  }
}
