package dev.leaseport.domain.portal;

import java.util.List;

/**
 * Who has signed a lease and whether it waits for the renter: it activates once the owner and the
 * PRIMARY tenant have signed, so only a PRIMARY renter must sign; a co-tenant may.
 */
public record SigningState(
    boolean ownerSigned,
    boolean primaryTenantSigned,
    boolean youSigned,
    boolean youMustSign,
    List<SignatureSummary> signatures) {

  public SigningState {
    signatures = List.copyOf(signatures);
  }
}
