package dev.leaseport.adapters.rest.payment;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.payment.Payment;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment as JSON. {@code pending} is what is initiated but not settled (a bank debit for days),
 * {@code paid} what settled and was kept (less refunds and an open or lost dispute).
 */
public record PaymentJson(
    UUID id,
    UUID chargeId,
    UUID leaseId,
    UUID payerId,
    MoneyJson amount,
    MoneyJson applicationFee,
    MoneyJson pending,
    MoneyJson paid,
    MoneyJson refunded,
    MoneyJson disputed,
    String status,
    String methodKind,
    String failureCode,
    String failureMessage,
    String stripePaymentIntentId,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  public static PaymentJson of(Payment p) {
    String currency = p.amount().currency();
    return new PaymentJson(
        p.id(),
        p.chargeId(),
        p.leaseId(),
        p.payerId(),
        MoneyJson.of(p.amount()),
        MoneyJson.of(p.applicationFee()),
        MoneyJson.of(p.pending()),
        MoneyJson.of(p.paid()),
        new MoneyJson(p.amountRefunded(), currency),
        new MoneyJson(p.amountDisputed(), currency),
        p.status().name(),
        p.methodKind().map(Enum::name).orElse(null),
        p.failureCode().orElse(null),
        p.failureMessage().orElse(null),
        p.intentId().orElse(null),
        p.createdAt(),
        p.updatedAt(),
        p.version());
  }
}
