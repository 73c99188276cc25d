package dev.leaseport.adapters.rest.billing;

import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Stripe-hosted page to send the owner to; it expires, so open it at once. */
@Schema(name = "SessionUrl")
public record SessionUrlJson(String url) {
  static SessionUrlJson of(URI url) {
    return new SessionUrlJson(url.toString());
  }
}
