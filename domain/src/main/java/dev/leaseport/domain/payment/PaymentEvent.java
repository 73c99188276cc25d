package dev.leaseport.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An event from the payment provider whose signature was verified. {@code objectJson} is the object
 * the event is about (an account, a subscription...), exactly as sent; {@code created} is when the
 * provider made the event, which orders it against the state it would change.
 *
 * @param account the connected account the event concerns, for Connect events
 */
public record PaymentEvent(
    String id, String type, Optional<String> account, Instant created, String objectJson) {
  public PaymentEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(objectJson, "objectJson");
  }
}
