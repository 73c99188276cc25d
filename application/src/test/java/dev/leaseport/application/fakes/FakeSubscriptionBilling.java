package dev.leaseport.application.fakes;

import dev.leaseport.domain.payment.CheckoutRequest;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewBillingCustomer;
import dev.leaseport.domain.payment.SubscriptionBilling;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The payment provider's billing side, recording each call and its idempotency key. */
public final class FakeSubscriptionBilling implements SubscriptionBilling {
  private final List<String> calls = new ArrayList<>();
  private final List<IdempotencyKey> keys = new ArrayList<>();
  private final List<CheckoutRequest> checkouts = new ArrayList<>();
  private boolean failing;

  /** Every later call fails as an unreachable provider does. */
  public void failing() {
    failing = true;
  }

  public List<String> calls() {
    return calls;
  }

  public List<IdempotencyKey> keys() {
    return keys;
  }

  public List<CheckoutRequest> checkouts() {
    return checkouts;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public String createCustomer(NewBillingCustomer customer, IdempotencyKey key) {
    record("createCustomer", key);
    return "cus_" + customer.ownerId().toString().substring(0, 8);
  }

  @Override
  public URI startCheckout(CheckoutRequest request, IdempotencyKey key) {
    record("startCheckout", key);
    checkouts.add(request);
    return URI.create("https://checkout.example.test/c/" + request.priceId());
  }

  @Override
  public URI openPortal(String customerId, URI returnUrl, IdempotencyKey key) {
    record("openPortal:" + customerId, key);
    return URI.create("https://portal.example.test/p/" + customerId);
  }

  private void record(String call, IdempotencyKey key) {
    if (failing) {
      throw UnavailableException.paymentProvider(5);
    }
    calls.add(call);
    keys.add(key);
  }
}
