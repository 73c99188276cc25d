package dev.leaseport.domain.billing;

import java.net.URI;

/** Where Stripe's hosted pages send an owner back to: Leaseport's public site. */
public record BillingReturnUrls(URI checkoutSuccess, URI checkoutCanceled, URI portalReturn) {

  /** The billing page of the public site, told how the checkout ended by a query parameter. */
  public static BillingReturnUrls under(String publicUrl) {
    String billing = publicUrl.replaceAll("/+$", "") + "/billing";
    return new BillingReturnUrls(
        URI.create(billing + "?checkout=success"),
        URI.create(billing + "?checkout=canceled"),
        URI.create(billing));
  }
}
