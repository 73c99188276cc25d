package dev.leaseport.adapters.payments;

import static dev.leaseport.domain.testdata.StripeEventTestData.CONNECT_SECRET;
import static dev.leaseport.domain.testdata.StripeEventTestData.PLATFORM_SECRET;
import static dev.leaseport.domain.testdata.StripeEventTestData.accountUpdated;
import static dev.leaseport.domain.testdata.StripeEventTestData.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.WebhookEndpoint;
import dev.leaseport.domain.shared.MalformedRequestException;
import dev.leaseport.domain.shared.UnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeEventVerifierTest {
  private static final Instant CREATED = Instant.parse("2026-11-30T12:00:00Z");
  private final StripeEventVerifier verifier =
      new StripeEventVerifier(
          Optional.of(PLATFORM_SECRET), Optional.of(CONNECT_SECRET), Clock.systemUTC());
  private final String body = accountUpdated("evt_1", "acct_1", CREATED, true, false, true, "tos");

  @Test
  void aSignedEventIsReadWithItsIdTypeAccountAndCreationTime() {
    PaymentEvent event = verify(WebhookEndpoint.CONNECT, body, signature(body, CONNECT_SECRET));

    assertThat(event.id()).isEqualTo("evt_1");
    assertThat(event.type()).isEqualTo("account.updated");
    assertThat(event.account()).hasValue("acct_1");
    assertThat(event.created()).isEqualTo(CREATED);
    assertThat(event.objectJson()).contains("\"charges_enabled\":true");
  }

  @Test
  void theOtherEndpointsSecretDoesNotVerify() {
    assertInvalidSignature(
        () -> verify(WebhookEndpoint.PLATFORM, body, signature(body, CONNECT_SECRET)));
  }

  @Test
  void aSignatureOlderThanTheToleranceDoesNotVerify() {
    String old =
        signature(
            body,
            CONNECT_SECRET,
            Instant.now().minusSeconds(StripeEventVerifier.TOLERANCE_SECONDS + 5));

    assertInvalidSignature(() -> verify(WebhookEndpoint.CONNECT, body, old));
  }

  @Test
  void aChangedBodyDoesNotVerify() {
    String header = signature(body, CONNECT_SECRET);

    assertInvalidSignature(
        () -> verify(WebhookEndpoint.CONNECT, body.replace("true", "false"), header));
  }

  @Test
  void aMissingHeaderIsAnInvalidSignature() {
    assertInvalidSignature(() -> verify(WebhookEndpoint.CONNECT, body, null));
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsMalformed() {
    for (String notAnEvent : new String[] {"{not json", "[]", "{}", "{\"id\": \"evt_1\"}"}) {
      assertThatThrownBy(
              () ->
                  verify(
                      WebhookEndpoint.PLATFORM, notAnEvent, signature(notAnEvent, PLATFORM_SECRET)))
          .as(notAnEvent)
          .isInstanceOf(MalformedRequestException.class)
          .extracting("code")
          .isEqualTo("malformed-request");
    }
  }

  @Test
  void anEndpointWithoutItsSecretIsNotConfigured() {
    StripeEventVerifier platformOnly =
        new StripeEventVerifier(Optional.of(PLATFORM_SECRET), Optional.empty(), Clock.systemUTC());

    assertThat(platformOnly.accepts(WebhookEndpoint.CONNECT)).isFalse();
    assertThatThrownBy(
            () ->
                platformOnly.verify(
                    WebhookEndpoint.CONNECT,
                    body.getBytes(StandardCharsets.UTF_8),
                    signature(body, CONNECT_SECRET)))
        .isInstanceOf(UnavailableException.class)
        .extracting("code")
        .isEqualTo("payments-not-configured");
  }

  private PaymentEvent verify(WebhookEndpoint endpoint, String payload, String header) {
    return verifier.verify(endpoint, payload.getBytes(StandardCharsets.UTF_8), header);
  }

  private static void assertInvalidSignature(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(MalformedRequestException.class)
        .extracting("code")
        .isEqualTo("invalid-signature");
  }
}
