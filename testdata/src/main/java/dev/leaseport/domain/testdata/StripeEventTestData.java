package dev.leaseport.domain.testdata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe events as Stripe would send them, signed by the tests themselves: {@code Stripe-Signature:
 * t=<seconds>,v1=<hex HMAC-SHA256 of "t.body" with the endpoint's secret>}.
 */
public final class StripeEventTestData {
  public static final String PLATFORM_SECRET = "whsec_test_platform_0123456789abcdef";
  public static final String CONNECT_SECRET = "whsec_test_connect_0123456789abcdef";

  private StripeEventTestData() {}

  /** A fresh event id, unique per call, shaped like Stripe's. */
  public static String eventId() {
    return "evt_" + UUID.randomUUID().toString().replace("-", "");
  }

  /** An {@code account.updated} event of a Connect account, made at {@code created}. */
  public static String accountUpdated(
      String eventId,
      String accountId,
      Instant created,
      boolean chargesEnabled,
      boolean payoutsEnabled,
      boolean detailsSubmitted,
      String... currentlyDue) {
    StringBuilder due = new StringBuilder();
    for (String field : currentlyDue) {
      due.append(due.isEmpty() ? "" : ",").append('"').append(field).append('"');
    }
    String account =
        """
        {"id": "%s", "object": "account", "charges_enabled": %s, "payouts_enabled": %s,
         "details_submitted": %s, "requirements": {"currently_due": [%s]}}"""
            .formatted(accountId, chargesEnabled, payoutsEnabled, detailsSubmitted, due);
    return event(eventId, "account.updated", accountId, created, account);
  }

  /** Any event: {@code object} is the JSON of {@code data.object}; {@code account} may be null. */
  public static String event(
      String eventId, String type, String account, Instant created, String object) {
    return """
        {"id": "%s", "object": "event", "api_version": "2025-01-27.acacia", "type": "%s",
         %s"created": %d, "livemode": false, "pending_webhooks": 1,
         "data": {"object": %s}}"""
        .formatted(
            eventId,
            type,
            account == null ? "" : "\"account\": \"" + account + "\", ",
            created.getEpochSecond(),
            object);
  }

  /** The {@code Stripe-Signature} header for {@code body} signed now with {@code secret}. */
  public static String signature(String body, String secret) {
    return signature(body, secret, Instant.now());
  }

  /** The {@code Stripe-Signature} header for {@code body} signed at {@code at}. */
  public static String signature(String body, String secret, Instant at) {
    return signature(body.getBytes(StandardCharsets.UTF_8), secret, at);
  }

  public static String signature(byte[] body, String secret, Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      long t = at.getEpochSecond();
      mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
      return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
