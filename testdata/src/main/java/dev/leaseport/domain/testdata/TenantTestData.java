package dev.leaseport.domain.testdata;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.tenant.NewTenant;
import dev.leaseport.domain.tenant.TenantChanges;
import java.util.Optional;

/** Valid tenant records and changes to them. */
public final class TenantTestData {
  private TenantTestData() {}

  public static NewTenant tenantRecord(String email) {
    return tenantRecord("Ada", "Renter", email);
  }

  public static NewTenant tenantRecord(String firstName, String lastName, String email) {
    return new NewTenant(
        firstName,
        lastName,
        email,
        Optional.of("+1 555 0100"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static TenantChanges emailChangedTo(String email) {
    return new TenantChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.to(email),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }

  public static TenantChanges phoneCleared() {
    return new TenantChanges(
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.cleared(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged(),
        Change.unchanged());
  }
}
