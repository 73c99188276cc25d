package dev.leaseport.application.identity;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserAccountProvisioning;

/** Makes sure a verified caller has a user row before any of their work runs. */
public final class ProvisionCaller {
  private final UserAccountProvisioning provisioning;

  public ProvisionCaller(UserAccountProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  public void execute(Caller caller) {
    provisioning.provision(caller);
  }
}
