package dev.leaseport.it;

import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.testdata.StripeEventTestData;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leaseport keeps no state of its own between requests, so replicas behind a load balancer on one
 * PostgreSQL are interchangeable: a client may reach either for any request. Shown on two real
 * servers (two {@code java -jar} processes, production mode) sharing one database.
 *
 * <p>Jobs: both replicas run the same daily schedule against the one database, and each piece of
 * work happens once (shown with a test job function that counts its own calls; the product's jobs
 * share the runner, so they inherit it).
 */
@ExtendWith(SharedTwoReplicas.class)
class TwoReplicasIT {
  private static final String CONNECT = "/api/v1/webhooks/stripe/connect";

  @Test
  void aClientCanAlternateBetweenTheReplicasForEveryStepOfAnEdit(TwoReplicas replicas) {
    RunnableJar first = replicas.first;
    RunnableJar second = replicas.second;
    String token = replicas.issuer.token(TestIssuer.AUDIENCE);

    Response created =
        first.as(token).body(Api.propertyBody("Two Roofs")).post("/api/v1/properties");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String path = "/api/v1/properties/" + created.<String>path("id");
    assertThat(created.header("ETag")).isEqualTo("\"1\"");

    Response read = second.as(token).get(path);
    assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
    assertThat(read.<String>path("name")).isEqualTo("Two Roofs");
    assertThat(read.header("ETag")).isEqualTo("\"1\"");

    Response updated =
        first.as(token).header("If-Match", "\"1\"").body(Map.of("name", "Three Roofs")).patch(path);
    assertThat(updated.statusCode()).as(updated.asString()).isEqualTo(200);
    assertThat(updated.header("ETag")).isEqualTo("\"2\"");

    assertProblem(
        second.as(token).header("If-Match", "\"1\"").body(Map.of("name", "Lost")).patch(path),
        412,
        "precondition-failed");
    second.as(token).get(path).then().statusCode(200).header("ETag", "\"2\"");

    second.as(token).header("If-Match", "\"2\"").delete(path).then().statusCode(204);

    assertProblem(first.as(token).get(path), 404, "not-found");
  }

  @Test
  void aNewUsersFirstRequestsReachingBothReplicasAtOnceBothSucceed(TwoReplicas replicas)
      throws Exception {
    for (int user = 0; user < 5; user++) {
      String token = replicas.issuer.token(TestIssuer.AUDIENCE);

      List<Response> answers =
          bothAtOnce(
              () -> replicas.first.as(token).get("/api/v1/me"),
              () -> replicas.second.as(token).get("/api/v1/me"));

      for (Response me : answers) {
        assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
      }
      assertThat(answers.get(0).<String>path("id")).isEqualTo(answers.get(1).<String>path("id"));
    }
  }

  @Test
  void twoEditsOfTheSameVersionOnTwoReplicasAtOnceLetExactlyOneWin(TwoReplicas replicas)
      throws Exception {
    String token = replicas.issuer.token(TestIssuer.AUDIENCE);
    String path =
        "/api/v1/properties/"
            + replicas
                .first
                .as(token)
                .body(Api.propertyBody("Contested"))
                .post("/api/v1/properties")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

    for (int version = 1; version <= 5; version++) {
      String ifMatch = "\"" + version + "\"";
      List<Response> answers =
          bothAtOnce(
              rename(replicas.first, token, path, ifMatch, "A"),
              rename(replicas.second, token, path, ifMatch, "B"));

      assertThat(answers)
          .as("version " + version)
          .extracting(Response::statusCode)
          .containsExactlyInAnyOrder(200, 412);
    }
    replicas.second.as(token).get(path).then().statusCode(200).header("ETag", "\"6\"");
  }

  @Test
  void bothReplicasRunTheirScheduleAndTodaysJobIsDoneOnce(TwoReplicas replicas) throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Double> attempts = Map.of();
    for (int waited = 0; waited < 120 && total(attempts) < 2; waited++) {
      Thread.sleep(1000);
      attempts = jobAttempts(replicas);
    }

    assertThat(attempts)
        .as("each replica's schedule attempted today's run once")
        .containsEntry("succeeded", 1.0)
        .containsEntry("already_done", 1.0);
    assertThat(replicas.jobFunctions.effects(today)).isEqualTo(1);
    assertThat(replicas.jobFunctions.runRecords(ItJobFunctions.RECORD_EFFECT, today)).isEqualTo(1);
  }

  @Test
  void anAdminBackFillSentToBothReplicasAtOnceRunsOnce(TwoReplicas replicas) throws Exception {
    String admin = replicas.issuer.token(TestIssuer.AUDIENCE, "ADMIN");
    String path = "/api/v1/admin/jobs/" + ItJobFunctions.RECORD_EFFECT + "/run";
    for (int day = 1; day <= 3; day++) {
      LocalDate date = LocalDate.of(2020, 2, day);
      Map<String, String> body = Map.of("asOf", date.toString());

      List<Response> answers =
          bothAtOnce(
              () -> replicas.first.as(admin).body(body).post(path),
              () -> replicas.second.as(admin).body(body).post(path));

      assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 200);
      assertThat(answers.get(0).<String>path("id")).isEqualTo(answers.get(1).<String>path("id"));
      assertThat(replicas.jobFunctions.effects(date)).as(date.toString()).isEqualTo(1);
    }
  }

  /** Today's scheduled attempts of the test job on both replicas, by outcome. */
  private static Map<String, Double> jobAttempts(TwoReplicas replicas) {
    Map<String, Double> byOutcome = new HashMap<>();
    for (RunnableJar replica : List.of(replicas.first, replicas.second)) {
      String metrics = given().baseUri(replica.baseUrl).get("/metrics").asString();
      Matcher line = JOB_RUNS.matcher(metrics);
      while (line.find()) {
        byOutcome.merge(line.group(1), Double.parseDouble(line.group(2)), Double::sum);
      }
    }
    return byOutcome;
  }

  private static final Pattern JOB_RUNS =
      Pattern.compile(
          "(?m)^leaseport_job_runs_total\\{job=\"it-record-effect\",[^}]*outcome=\"([a-z_]+)\"[^}]*\\}"
              + " ([0-9.E]+)$");

  private static double total(Map<String, Double> attempts) {
    return attempts.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  void theSameStripeEventDeliveredToBothReplicasAtOnceIsReceivedOnce(TwoReplicas replicas)
      throws Exception {
    for (int delivery = 0; delivery < 10; delivery++) {
      String event =
          StripeEventTestData.event(
              StripeEventTestData.eventId(),
              "it.replicas",
              "acct_replicas",
              Instant.now(),
              "{\"id\": \"acct_replicas\"}");
      String signature = StripeEventTestData.signature(event, StripeEventTestData.CONNECT_SECRET);

      List<Response> answers =
          bothAtOnce(
              () -> StripeWebhooksIT.deliver(replicas.first.baseUrl, CONNECT, event, signature),
              () -> StripeWebhooksIT.deliver(replicas.second.baseUrl, CONNECT, event, signature));

      assertThat(answers).extracting(Response::statusCode).containsOnly(200);
      assertThat(answers)
          .extracting(r -> r.<String>path("outcome"))
          .containsExactlyInAnyOrder("IGNORED_UNKNOWN", "DUPLICATE");
    }
  }

  private static Callable<Response> rename(
      RunnableJar replica, String token, String path, String ifMatch, String name) {
    return () ->
        replica.as(token).header("If-Match", ifMatch).body(Map.of("name", name)).patch(path);
  }

  private static List<Response> bothAtOnce(Callable<Response> one, Callable<Response> other)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Response>> futures = pool.invokeAll(List.of(one, other));
      List<Response> answers = new ArrayList<>();
      for (Future<Response> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
