package dev.leaseport.application.fakes;

import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayerCustomer;
import dev.leaseport.domain.payment.SavedPaymentMethods;
import dev.leaseport.domain.payment.SetupRequest;
import dev.leaseport.domain.payment.StartedSetup;
import dev.leaseport.domain.shared.UnavailableException;
import java.util.ArrayList;
import java.util.List;

/** The provider's side of saved methods, remembering every call; it can be made to fail. */
public final class FakeSavedPaymentMethods implements SavedPaymentMethods {
  public final List<String> calls = new ArrayList<>();
  public final List<IdempotencyKey> keys = new ArrayList<>();
  public boolean configured = true;
  public boolean failing;

  @Override
  public boolean isConfigured() {
    return configured;
  }

  @Override
  public String createCustomer(NewPayerCustomer customer, IdempotencyKey key) {
    fail();
    calls.add("customer " + customer.userId());
    keys.add(key);
    return "cus_" + customer.userId().toString().substring(0, 8);
  }

  @Override
  public StartedSetup startSetup(SetupRequest request, IdempotencyKey key) {
    fail();
    calls.add("setup " + request.customerId());
    keys.add(key);
    return new StartedSetup("seti_1", "seti_1_secret");
  }

  @Override
  public void detach(String paymentMethodId) {
    fail();
    calls.add("detach " + paymentMethodId);
  }

  private void fail() {
    if (failing) {
      throw UnavailableException.paymentProvider(10);
    }
  }
}
