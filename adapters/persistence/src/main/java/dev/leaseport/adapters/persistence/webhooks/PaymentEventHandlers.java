package dev.leaseport.adapters.persistence.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The handler of each event type. A new event type is a new handler in the list the wiring builds
 * this from; the inbox itself never changes. Two handlers of one type are a wiring mistake, found
 * at start-up.
 */
public final class PaymentEventHandlers {
  private final Map<String, PaymentEventHandler> byType;

  public PaymentEventHandlers(List<PaymentEventHandler> handlers) {
    this.byType =
        handlers.stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    PaymentEventHandler::eventType,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException(
                          "Two handlers for " + a.eventType() + ": " + a + ", " + b);
                    }));
  }

  Optional<PaymentEventHandler> forType(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  /** The event types with a handler, for documentation and tests. */
  public java.util.Set<String> types() {
    return byType.keySet();
  }
}
