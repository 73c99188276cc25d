package dev.leaseport.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An owner's payout account over HTTP, the server calling the fake Stripe API through the real
 * stripe-java client. Each test's stubs match its own owner's idempotency key, so tests never see
 * each other's accounts.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectApiIT {

  @Test
  void anOwnerOpensTheAccountOnceAndAskingAgainReturnsIt() {
    String owner = Api.newUser("OWNER");
    String account = stubAccountFor(owner);

    Response opened = as(owner).post("/api/v1/connect/account");
    Response again = as(owner).post("/api/v1/connect/account");

    assertThat(opened.statusCode()).isEqualTo(201);
    assertThat(opened.header("Location")).endsWith("/api/v1/connect/account");
    assertThat(opened.<String>path("accountId")).isEqualTo(account);
    assertThat(opened.<Boolean>path("chargesEnabled")).isFalse();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.<String>path("accountId")).isEqualTo(account);
    assertThat(as(owner).get("/api/v1/connect/account").<String>path("accountId"))
        .isEqualTo(account);
    stripe()
        .verify(
            1,
            postRequestedFor(urlEqualTo("/v1/accounts"))
                .withHeader("Idempotency-Key", equalTo(key(owner))));
  }

  @Test
  void twoOpensAtOnceMakeOneAccount() throws Exception {
    String owner = Api.newUser("OWNER");
    String account = stubAccountFor(owner);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Response>> answers;
    try {
      Callable<Response> open = () -> as(owner).post("/api/v1/connect/account");
      answers = pool.invokeAll(List.of(open, open));
    } finally {
      pool.shutdown();
    }

    List<Integer> statuses = new ArrayList<>();
    for (Future<Response> answer : answers) {
      statuses.add(answer.get().statusCode());
      assertThat(answer.get().<String>path("accountId")).isEqualTo(account);
    }
    // Both may have asked Stripe, with the same key, which returns the same account.
    assertThat(statuses).containsExactlyInAnyOrder(201, 200);
    assertThat(stripe().findAll(postRequestedFor(urlEqualTo("/v1/accounts"))))
        .filteredOn(r -> key(owner).equals(r.getHeader("Idempotency-Key")))
        .hasSizeBetween(1, 2);
  }

  @Test
  void theOnboardingLinkSendsTheOwnerBackToThePublicUrl() {
    String owner = Api.newUser("OWNER");
    String account = openAccount(owner);
    stripe()
        .stubFor(
            post("/v1/account_links")
                .withRequestBody(containing("account=" + account))
                .willReturn(
                    okJson(
                        "{\"object\": \"account_link\", \"url\": \"https://connect.stripe.test/"
                            + account
                            + "\"}")));

    Response link = as(owner).post("/api/v1/connect/onboarding-link");

    assertThat(link.statusCode()).isEqualTo(200);
    assertThat(link.<String>path("url")).isEqualTo("https://connect.stripe.test/" + account);
    stripe()
        .verify(
            postRequestedFor(urlEqualTo("/v1/account_links"))
                .withRequestBody(containing("account=" + account))
                .withRequestBody(containing("%2Fconnect%2Fonboarding%2Freturn"))
                .withRequestBody(containing("%2Fconnect%2Fonboarding%2Frefresh")));
  }

  @Test
  void beforeTheAccountIsOpenItIsNotFoundAndHasNoOnboardingLink() {
    String owner = Api.newUser("OWNER");

    assertProblem(as(owner).get("/api/v1/connect/account"), 404, "not-found");
    assertProblem(as(owner).post("/api/v1/connect/onboarding-link"), 409, "payout-account-missing");
  }

  @Test
  void aStripeFailureIsTheMappedProblemAndWritesNoRow() {
    assertStripeFailure(429, "rate_limit_error", 503, "unavailable");
    assertStripeFailure(500, "api_error", 503, "unavailable");
    assertStripeFailure(402, "card_error", 402, "payment-failed");
    assertStripeFailure(400, "invalid_request_error", 503, "unavailable");
    // A timeout is mapped the same way; StripeFailuresTest proves it through the real client with
    // a short read timeout, which would take this server's production timeouts a minute here.
  }

  @Test
  void onlyOwnersHaveAPayoutAccount() {
    for (String path :
        new String[] {"/api/v1/connect/account", "/api/v1/connect/onboarding-link"}) {
      assertProblem(as(Api.newUser("TENANT")).post(path), 403, "forbidden");
      assertProblem(Api.anonymous().post(path), 401, "unauthenticated");
    }
    assertProblem(as(Api.newUser("ADMIN")).get("/api/v1/connect/account"), 403, "forbidden");
  }

  private static void assertStripeFailure(int stripeStatus, String type, int status, String code) {
    String owner = Api.newUser("OWNER");
    stripe()
        .stubFor(
            post("/v1/accounts")
                .withHeader("Idempotency-Key", equalTo(key(owner)))
                .willReturn(
                    aResponse()
                        .withStatus(stripeStatus)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\": {\"type\": \"" + type + "\", \"message\": \"fake\"}}")));

    Response answer = as(owner).post("/api/v1/connect/account");

    assertProblem(answer, status, code);
    if (status == 503) {
      assertThat(answer.header("Retry-After")).as(type).isNotBlank();
    }
    assertProblem(as(owner).get("/api/v1/connect/account"), 404, "not-found");
  }

  /** Opens the owner's payout account through the API; returns its Stripe id. */
  static String openAccount(String owner) {
    String account = stubAccountFor(owner);
    as(owner).post("/api/v1/connect/account").then().statusCode(201);
    return account;
  }

  private static String stubAccountFor(String owner) {
    String account = "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    stripe()
        .stubFor(
            post("/v1/accounts")
                .withHeader("Idempotency-Key", equalTo(key(owner)))
                .willReturn(okJson("{\"id\": \"" + account + "\", \"object\": \"account\"}")));
    return account;
  }

  private static String key(String owner) {
    return "leaseport:connect-account:" + as(owner).get("/api/v1/me").<String>path("id");
  }

  private static WireMockServer stripe() {
    return FakeStripeApi.get();
  }
}
