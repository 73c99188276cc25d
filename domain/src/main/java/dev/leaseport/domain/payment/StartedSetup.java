package dev.leaseport.domain.payment;

/**
 * A setup the renter completes in their browser: the provider's id and the client secret its
 * JavaScript confirms with (shown to the renter once, never stored).
 */
public record StartedSetup(String id, String clientSecret) {
  @Override
  public String toString() {
    return "StartedSetup[id=" + id + "]";
  }
}
