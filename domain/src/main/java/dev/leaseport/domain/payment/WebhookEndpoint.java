package dev.leaseport.domain.payment;

/**
 * Where the provider delivers events, each with its own signing secret: the platform's own events,
 * and the events of owners' connected accounts.
 */
public enum WebhookEndpoint {
  PLATFORM,
  CONNECT
}
