package dev.leaseport.application.webhook;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.EventOutcome;
import dev.leaseport.domain.payment.PaymentEvent;
import dev.leaseport.domain.payment.PaymentEventDetails;
import dev.leaseport.domain.payment.PaymentEventFilter;
import dev.leaseport.domain.payment.PaymentEventSortField;
import dev.leaseport.domain.payment.PaymentEventVerifier;
import dev.leaseport.domain.payment.WebhookEndpoint;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.MalformedRequestException;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.UnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookUseCasesTest {
  private final List<PaymentEvent> received = new ArrayList<>();

  @Test
  void aVerifiedEventGoesToTheInbox() {
    ReceivePaymentEvent receive =
        new ReceivePaymentEvent(verifier(true), PaymentEventDetails.none(), inbox());

    assertThat(receive.execute(WebhookEndpoint.CONNECT, "ok".getBytes(), "sig"))
        .isEqualTo(EventOutcome.APPLIED);
    assertThat(received).extracting(PaymentEvent::id).containsExactly("evt_ok");
  }

  @Test
  void theInboxReceivesTheEventAsItsDetailsCompletedIt() {
    PaymentEventDetails details =
        event ->
            new PaymentEvent(
                event.id(), event.type(), event.account(), event.created(), "{\"completed\": 1}");
    ReceivePaymentEvent receive = new ReceivePaymentEvent(verifier(true), details, inbox());

    receive.execute(WebhookEndpoint.PLATFORM, "ok".getBytes(), "sig");

    assertThat(received).extracting(PaymentEvent::objectJson).containsExactly("{\"completed\": 1}");
  }

  @Test
  void anEventThatDoesNotVerifyNeverReachesTheInbox() {
    ReceivePaymentEvent receive =
        new ReceivePaymentEvent(verifier(true), PaymentEventDetails.none(), inbox());

    assertThatThrownBy(() -> receive.execute(WebhookEndpoint.PLATFORM, "bad".getBytes(), "sig"))
        .isInstanceOf(MalformedRequestException.class);
    assertThat(received).isEmpty();
  }

  @Test
  void anEndpointWithoutItsSecretIsPaymentsNotConfigured() {
    ReceivePaymentEvent receive =
        new ReceivePaymentEvent(verifier(false), PaymentEventDetails.none(), inbox());

    assertThatThrownBy(() -> receive.execute(WebhookEndpoint.PLATFORM, "ok".getBytes(), "sig"))
        .isInstanceOf(UnavailableException.class)
        .extracting("code")
        .isEqualTo("payments-not-configured");
    assertThat(received).isEmpty();
  }

  @Test
  void onlyAdminsListTheEvents() {
    ListPaymentEvents list =
        new ListPaymentEvents((filter, sort, page) -> new Page<>(List.of(), 0, page));
    PaymentEventFilter all = new PaymentEventFilter(Optional.empty(), Optional.empty());
    Sort<PaymentEventSortField> sort = Sort.ascending(PaymentEventSortField.RECEIVED_AT);

    assertThat(list.execute(caller(UserType.ADMIN), all, sort, new PageRequest(20, 0)).total())
        .isZero();
    for (UserType type : new UserType[] {UserType.OWNER, UserType.TENANT}) {
      assertThatThrownBy(() -> list.execute(caller(type), all, sort, new PageRequest(20, 0)))
          .isInstanceOf(ForbiddenException.class);
    }
  }

  private dev.leaseport.domain.payment.PaymentEventInbox inbox() {
    return event -> {
      received.add(event);
      return EventOutcome.APPLIED;
    };
  }

  private static PaymentEventVerifier verifier(boolean configured) {
    return new PaymentEventVerifier() {
      @Override
      public boolean accepts(WebhookEndpoint endpoint) {
        return configured;
      }

      @Override
      public PaymentEvent verify(WebhookEndpoint endpoint, byte[] payload, String header) {
        if (!new String(payload).equals("ok")) {
          throw MalformedRequestException.invalidSignature("no");
        }
        return new PaymentEvent("evt_ok", "account.updated", Optional.empty(), Instant.now(), "{}");
      }
    };
  }
}
