package dev.leaseport.adapters.rest.webhook;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.security.PublicEndpoint;
import dev.leaseport.application.webhook.ReceivePaymentEvent;
import dev.leaseport.domain.payment.WebhookEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/webhooks/stripe} (the platform's events) and {@code .../connect} (connected
 * accounts' events), each verified with its own signing secret. The body is read as raw bytes: the
 * signature covers them exactly, so nothing may parse and re-serialize it first.
 */
@Path("/api/v1/webhooks/stripe")
@PublicEndpoint
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class StripeWebhooksResource {
  /** Stripe's events are a few KiB; anything far larger is not one. */
  static final int MAX_EVENT_BYTES = 256 * 1024;

  @Inject ReceivePaymentEvent receive;

  @POST
  @Operation(
      summary = "Receive a Stripe platform event",
      description =
          "Verified with STRIPE_WEBHOOK_SECRET; applied exactly once. 400 for a bad or stale"
              + " signature or a body that is not an event; 500 asks Stripe to retry.")
  public WebhookReceipt platform(
      @HeaderParam("Stripe-Signature") String signature, InputStream body) {
    return receipt(WebhookEndpoint.PLATFORM, signature, body);
  }

  @POST
  @Path("connect")
  @Operation(
      summary = "Receive a Stripe Connect event",
      description = "Verified with STRIPE_CONNECT_WEBHOOK_SECRET; otherwise as the platform's.")
  public WebhookReceipt connect(
      @HeaderParam("Stripe-Signature") String signature, InputStream body) {
    return receipt(WebhookEndpoint.CONNECT, signature, body);
  }

  private WebhookReceipt receipt(WebhookEndpoint endpoint, String signature, InputStream body) {
    return new WebhookReceipt(receive.execute(endpoint, read(body), signature).name());
  }

  private static byte[] read(InputStream body) {
    if (body == null) {
      throw ApiProblem.malformed("The body is empty");
    }
    try {
      byte[] bytes = body.readNBytes(MAX_EVENT_BYTES + 1);
      if (bytes.length > MAX_EVENT_BYTES) {
        throw ApiProblem.malformed("The body is larger than a Stripe event can be");
      }
      return bytes;
    } catch (IOException e) {
      throw ApiProblem.malformed("The body could not be read");
    }
  }

  /**
   * What receiving the event did: APPLIED, IGNORED_STALE, IGNORED_UNKNOWN or DUPLICATE. Any of them
   * is a 200, so Stripe stops retrying.
   */
  public record WebhookReceipt(String outcome) {}
}
