package dev.leaseport.domain.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The field rules of a new lease, all reported at once. */
class NewLeaseTest {
  private static final UUID UNIT = UUID.randomUUID();
  private static final UUID TENANT = UUID.randomUUID();

  @Test
  void everyBrokenRuleIsReported() {
    assertThatThrownBy(
            () ->
                new NewLease(
                    UNIT,
                    LocalDate.of(2030, 12, 31),
                    LocalDate.of(2030, 1, 1),
                    new Money(0, "usd"),
                    -1,
                    29,
                    29,
                    -1,
                    List.of(
                        new NewLeaseTenant(TENANT, LeaseTenantRole.PRIMARY),
                        new NewLeaseTenant(TENANT, LeaseTenantRole.PRIMARY))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "endDate",
                        "rentAmount.amount",
                        "securityDeposit",
                        "lateFeeAmount",
                        "rentDueDay",
                        "gracePeriodDays",
                        "tenants[1].tenantId",
                        "tenants"));
  }

  @Test
  void aLeaseMayStartWithoutTenants() {
    NewLease lease =
        new NewLease(
            UNIT,
            LocalDate.of(2030, 1, 1),
            LocalDate.of(2030, 12, 31),
            new Money(150_000, "usd"),
            0,
            1,
            5,
            0,
            null);

    assertThat(lease.tenants()).isEmpty();
  }
}
