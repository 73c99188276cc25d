package dev.leaseport.adapters.persistence.testing;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Routines.applySetupIntentSucceeded;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.domain.identity.Caller;
import java.util.UUID;
import org.jooq.JSONB;

/**
 * Saved payment methods made the one way production makes them: a renter's customer, then the
 * webhook effect of {@code setup_intent.succeeded} in the system tier, completed with the method.
 */
public final class SavedMethods {
  private final TestDatabase database;
  private final SystemTier system;

  public SavedMethods(TestDatabase database) {
    this.database = database;
    this.system = new SystemTier(database.systemAuthenticator(), reason -> {});
  }

  /** The renter's customer id, stored as the first setup stores it. */
  public String customerOf(Caller renter) {
    String customer = "cus_" + renter.userId().toString().replace("-", "");
    database
        .superuser()
        .execute(
            "update leaseport.users set stripe_customer_id = ? where id = ?",
            customer,
            renter.userId());
    return customer;
  }

  /** A card saved by the renter; returns its row id. */
  public UUID card(Caller renter, String paymentMethodId) {
    String outcome =
        apply(
            setupIntent(
                customerOf(renter),
                """
                {"id": "%s", "object": "payment_method", "type": "card", "customer": "%s",
                 "card": {"brand": "visa", "last4": "4242", "exp_month": 8, "exp_year": 2031}}"""
                    .formatted(paymentMethodId, customerOf(renter))));
    if (!outcome.equals("APPLIED")) {
      throw new IllegalStateException("not recorded: " + outcome);
    }
    return idOf(paymentMethodId);
  }

  public UUID idOf(String paymentMethodId) {
    return database
        .superuser()
        .fetchSingle(
            "select id from leaseport.payment_methods where stripe_payment_method_id = ?",
            paymentMethodId)
        .get(0, UUID.class);
  }

  public String apply(String setupIntentJson) {
    return system.run(
        SystemReason.STRIPE_WEBHOOK,
        dsl ->
            dsl.select(applySetupIntentSucceeded(JSONB.valueOf(setupIntentJson)))
                .fetchSingle()
                .value1());
  }

  public static String setupIntent(String customer, String paymentMethodJson) {
    return """
        {"id": "seti_%s", "object": "setup_intent", "customer": "%s", "status": "succeeded",
         "payment_method": %s}"""
        .formatted(UUID.randomUUID().toString().replace("-", ""), customer, paymentMethodJson);
  }
}
