package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Idempotency-Key on POST, over HTTP: a retry is answered from the store and changes nothing. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyKeysIT {
  private static final String KEY = "Idempotency-Key";

  @Test
  void aRetryGetsTheIdenticalAnswerMarkedAsReplayedAndCreatesNothing() {
    String email = ItDatabase.newEmail("owner");
    String owner = Api.token("OWNER", email);
    String key = UUID.randomUUID().toString();

    Response first = post(owner, key, Api.propertyBody("Elm Court"));
    Response retry = post(owner, key, Api.propertyBody("Elm Court"));

    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"1\"");
    assertThat(retry.contentType()).isEqualTo(first.contentType());
    assertThat(retry.asByteArray()).isEqualTo(first.asByteArray());
    assertThat(propertiesOf(email)).isEqualTo(1);
    assertThat(keysOf(email)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndRunsNothing() {
    String email = ItDatabase.newEmail("owner");
    String owner = Api.token("OWNER", email);
    String key = UUID.randomUUID().toString();
    post(owner, key, Api.propertyBody("Elm Court")).then().statusCode(201);

    Response reused = post(owner, key, Api.propertyBody("Oak Court"));

    assertProblem(reused, 422, "idempotency-key-reused");
    assertThat(propertiesOf(email)).isEqualTo(1);
  }

  @Test
  void aRefusedRequestIsNotStoredSoTheCorrectedRetryRuns() {
    String email = ItDatabase.newEmail("owner");
    String owner = Api.token("OWNER", email);
    String key = UUID.randomUUID().toString();

    Response invalid = post(owner, key, Map.of("name", ""));
    Response unknownProperty =
        as(owner)
            .header(KEY, key)
            .body(Api.unitBody("1A", 100000))
            .post("/api/v1/properties/" + UUID.randomUUID() + "/units");
    Response corrected = post(owner, key, Api.propertyBody("Elm Court"));

    assertProblem(invalid, 422, "validation-failed");
    assertProblem(unknownProperty, 404, "not-found");
    assertThat(corrected.statusCode()).isEqualTo(201);
    assertThat(corrected.header("Idempotent-Replayed")).isNull();
    assertThat(propertiesOf(email)).isEqualTo(1);
    assertThat(keysOf(email)).isEqualTo(1);
  }

  @Test
  void identicalRequestsAtTheSameMomentCreateOneProperty() {
    String email = ItDatabase.newEmail("owner");
    String owner = Api.token("OWNER", email);
    String key = UUID.randomUUID().toString();
    CountDownLatch start = new CountDownLatch(1);

    List<CompletableFuture<Response>> requests =
        List.of(1, 2, 3, 4).stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          await(start);
                          return post(owner, key, Api.propertyBody("Elm Court"));
                        }))
            .toList();
    start.countDown();
    List<Response> answers =
        requests.stream().map(r -> r.orTimeout(60, TimeUnit.SECONDS).join()).toList();

    assertThat(answers).extracting(Response::statusCode).allMatch(s -> s == 201 || s == 409);
    answers.stream()
        .filter(a -> a.statusCode() == 409)
        .forEach(a -> assertProblem(a, 409, "idempotency-key-in-flight"));
    List<String> ids =
        answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String>path("id")).toList();
    assertThat(ids).isNotEmpty().containsOnly(ids.get(0));
    assertThat(propertiesOf(email)).isEqualTo(1);
  }

  @Test
  void anotherCallersIdenticalKeyIsAnotherKey() {
    String email = ItDatabase.newEmail("owner");
    String otherEmail = ItDatabase.newEmail("owner");
    String key = UUID.randomUUID().toString();

    Response mine = post(Api.token("OWNER", email), key, Api.propertyBody("Elm Court"));
    Response theirs = post(Api.token("OWNER", otherEmail), key, Api.propertyBody("Elm Court"));

    assertThat(mine.statusCode()).isEqualTo(201);
    assertThat(theirs.statusCode()).isEqualTo(201);
    assertThat(theirs.header("Idempotent-Replayed")).isNull();
    assertThat(theirs.<String>path("id")).isNotEqualTo(mine.<String>path("id"));
    assertThat(propertiesOf(email)).isEqualTo(1);
    assertThat(propertiesOf(otherEmail)).isEqualTo(1);
  }

  @Test
  void aKeyThatIsEmptyTooLongOrNotVisibleAsciiIs400() {
    String email = ItDatabase.newEmail("owner");
    String owner = Api.token("OWNER", email);

    for (String key : List.of("", "a b", "x".repeat(256), "caf\u00e9")) {
      assertProblem(post(owner, key, Api.propertyBody("Elm Court")), 400, "invalid-parameter");
    }
    assertThat(post(owner, "x".repeat(255), Api.propertyBody("Elm Court")).statusCode())
        .isEqualTo(201);
    assertThat(propertiesOf(email)).isEqualTo(1);
  }

  @Test
  void authorizationComesFirstAndStoresNothing() {
    String email = ItDatabase.newEmail("tenant");
    String renter = Api.token("TENANT", email);
    String key = UUID.randomUUID().toString();

    assertProblem(post(renter, key, Api.propertyBody("Mine")), 403, "forbidden");
    assertProblem(
        Api.anonymous().header(KEY, key).body(Api.propertyBody("Mine")).post("/api/v1/properties"),
        401,
        "unauthenticated");
    assertThat(keysOf(email)).isZero();
  }

  @Test
  void routesWithoutATokenIgnoreTheHeader() {
    String key = UUID.randomUUID().toString();
    Map<String, String> body = Map.of("userType", "OWNER", "email", ItDatabase.newEmail("owner"));

    Response first = Api.anonymous().header(KEY, key).body(body).post("/api/v1/dev/tokens");
    Response second = Api.anonymous().header(KEY, key).body(body).post("/api/v1/dev/tokens");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void theApiDocumentDescribesTheHeaderOnEveryAuthenticatedPost() {
    io.restassured.path.json.JsonPath document =
        Api.anonymous().get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();

    Map<String, Map<String, Object>> paths = document.getMap("paths");
    int posts = 0;
    for (String path : paths.keySet()) {
      if (!paths.get(path).containsKey("post")
          || path.startsWith("/api/v1/dev")
          || path.startsWith("/api/v1/webhooks")) {
        continue;
      }
      posts++;
      String at = "paths.'" + path + "'.post";
      assertThat(document.getList(at + ".parameters.name", String.class)).as(at).contains(KEY);
      assertThat(document.getMap(at + ".responses")).as(at).containsKeys("409", "422");
      assertThat(document.getString(at + ".responses.'422'.description"))
          .as(at)
          .contains("idempotency-key-reused");
    }
    assertThat(posts).isGreaterThanOrEqualTo(10);
    assertThat(document.getList("paths.'/api/v1/webhooks/stripe'.post.parameters.name"))
        .doesNotContain(KEY);
  }

  private static Response post(String token, String key, Map<String, ?> body) {
    return as(token).header(KEY, key).body(body).post("/api/v1/properties");
  }

  private static long propertiesOf(String email) {
    return ItDatabase.count(
        "select count(*) from leaseport.properties p join leaseport.users u on u.id = p.owner_id"
            + " where u.email = ?",
        email);
  }

  private static long keysOf(String email) {
    return ItDatabase.count(
        "select count(*) from leaseport.idempotency_keys k join leaseport.users u"
            + " on u.id = k.owner_id where u.email = ?",
        email);
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
