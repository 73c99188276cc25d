package dev.leaseport.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.bootstrap.config.SettingsLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Plan limits apply only with a Stripe key and paid plans both set. */
class BillingWiringTest {

  @Test
  void aStripeKeyAndPlansTogetherConfigureBilling() {
    assertThat(billingConfigured("sk_test_1", "starter:price_1:Starter:5:50")).isTrue();
  }

  @Test
  void plansWithoutAStripeKeyDoNotConfigureBilling() {
    assertThat(billingConfigured(null, "starter:price_1:Starter:5:50")).isFalse();
  }

  @Test
  void aStripeKeyWithoutPlansDoesNotConfigureBilling() {
    assertThat(billingConfigured("sk_test_1", null)).isFalse();
  }

  private static boolean billingConfigured(String stripeKey, String plans) {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "local");
    env.put("LEASEPORT_HTTP_HOST", "127.0.0.1");
    if (stripeKey != null) {
      env.put("STRIPE_SECRET_KEY", stripeKey);
    }
    if (plans != null) {
      env.put("LEASEPORT_PLANS", plans);
    }
    return BillingWiring.catalogOf(SettingsLoader.load(key -> Optional.ofNullable(env.get(key))))
        .billingConfigured();
  }
}
