package dev.leaseport.adapters.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.OnboardingUrls;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StripePayoutAccountsTest {
  private static WireMockServer stripe;
  private static StripePayoutAccounts accounts;

  @BeforeAll
  static void startFakeStripe() {
    stripe = FakeStripe.start();
    accounts = new StripePayoutAccounts(StripeClients.create(FakeStripe.settings(stripe)));
  }

  @AfterAll
  static void stopFakeStripe() {
    stripe.stop();
  }

  @BeforeEach
  void forgetRequests() {
    stripe.resetAll();
  }

  @Test
  void createsAnExpressAccountWithTheKeyDerivedFromTheOwner() {
    UUID owner = UUID.randomUUID();
    stripe.stubFor(
        post("/v1/accounts").willReturn(okJson("{\"id\": \"acct_1\", \"object\": \"account\"}")));

    String id =
        accounts.createExpressAccount(
            new NewPayoutAccount(owner, "owner@example.com"),
            IdempotencyKey.of("connect-account", owner));

    assertThat(id).isEqualTo("acct_1");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/accounts"))
            .withHeader("Idempotency-Key", equalTo("leaseport:connect-account:" + owner))
            .withHeader("Authorization", equalTo("Bearer sk_test_fake"))
            .withRequestBody(containing("type=express"))
            .withRequestBody(containing("email=owner%40example.com")));
  }

  @Test
  void anOnboardingLinkCarriesTheReturnAndRefreshUrls() {
    stripe.stubFor(
        post("/v1/account_links")
            .willReturn(
                okJson(
                    "{\"object\": \"account_link\", \"url\":"
                        + " \"https://connect.stripe.test/setup/e/acct_1/abc\"}")));

    URI link =
        accounts.onboardingLink(
            "acct_1",
            new OnboardingUrls(
                URI.create("https://app.example/return"),
                URI.create("https://app.example/refresh")),
            IdempotencyKey.forAttempt("onboarding-link", UUID.randomUUID(), UUID.randomUUID()));

    assertThat(link).hasToString("https://connect.stripe.test/setup/e/acct_1/abc");
    stripe.verify(
        postRequestedFor(urlEqualTo("/v1/account_links"))
            .withRequestBody(containing("account=acct_1"))
            .withRequestBody(containing("type=account_onboarding"))
            .withRequestBody(containing("return_url=https%3A%2F%2Fapp.example%2Freturn"))
            .withRequestBody(containing("refresh_url=https%3A%2F%2Fapp.example%2Frefresh")));
  }

  @Test
  void aRetriedCreateSendsTheSameKeyAgain() {
    UUID owner = UUID.randomUUID();
    stripe.stubFor(post("/v1/accounts").willReturn(aResponse().withStatus(500).withBody("{}")));

    try {
      accounts.createExpressAccount(
          new NewPayoutAccount(owner, "owner@example.com"),
          IdempotencyKey.of("connect-account", owner));
    } catch (RuntimeException expected) {
      // the mapping is StripeFailuresTest's subject; here: what was sent
    }

    assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/accounts"))))
        .hasSize(2)
        .allSatisfy(
            r ->
                assertThat(r.getHeader("Idempotency-Key"))
                    .isEqualTo("leaseport:connect-account:" + owner));
  }
}
