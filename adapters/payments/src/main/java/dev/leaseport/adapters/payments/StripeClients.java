package dev.leaseport.adapters.payments;

import com.stripe.StripeClient;

/**
 * The one way a {@link StripeClient} is built, so every port gets the same retries and timeouts.
 */
public final class StripeClients {
  private StripeClients() {}

  public static StripeClient create(StripeSettings settings) {
    StripeClient.StripeClientBuilder builder =
        StripeClient.builder()
            .setApiKey(settings.secretKey())
            .setMaxNetworkRetries(settings.maxNetworkRetries())
            .setConnectTimeout((int) settings.connectTimeout().toMillis())
            .setReadTimeout((int) settings.readTimeout().toMillis());
    settings
        .apiBase()
        .ifPresent(base -> builder.setApiBase(base).setConnectBase(base).setFilesBase(base));
    return builder.build();
  }
}
