package dev.leaseport.adapters.rest.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.lease.LeaseChanges;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.NewLease;
import dev.leaseport.domain.lease.NewLeaseTenant;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lease bodies as the strict reader fills them: dates, ids, tenant lists and one currency. */
class LeaseRequestsTest {

  @Test
  void theDocumentedNewLeaseIsReadWithItsDatesTenantsAndMoney() {
    NewLease lease = JsonRecords.read(NewLeaseRequest.class, ApiExamples.NEW_LEASE).toCommand();

    assertThat(lease.unitId()).isEqualTo(UUID.fromString("0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01"));
    assertThat(lease.startDate()).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(lease.endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(lease.rentAmount()).isEqualTo(new Money(150_000, "usd"));
    assertThat(lease.securityDeposit()).isEqualTo(300_000);
    assertThat(lease.lateFeeAmount()).isEqualTo(5_000);
    assertThat(lease.tenants())
        .containsExactly(
            new NewLeaseTenant(
                UUID.fromString("6d1f7c2e-8a34-4b9e-b1c2-3e4f5a6b7c02"), LeaseTenantRole.PRIMARY));
  }

  @Test
  void leftOutTermsTakeTheirDefaults() {
    NewLease lease =
        JsonRecords.read(
                NewLeaseRequest.class,
                "{\"unitId\": \"0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01\", \"startDate\":"
                    + " \"2030-01-01\", \"endDate\": \"2030-12-31\", \"rentAmount\": {\"amount\":"
                    + " 150000}}")
            .toCommand();

    assertThat(lease.rentDueDay()).isEqualTo(1);
    assertThat(lease.gracePeriodDays()).isEqualTo(5);
    assertThat(lease.securityDeposit()).isZero();
    assertThat(lease.tenants()).isEmpty();
  }

  @Test
  void aDateOrIdThatCannotBeReadIsNamedAsAnInvalidField() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    NewLeaseRequest.class,
                    "{\"unitId\": \"unit-1\", \"startDate\": \"01/02/2030\", \"endDate\":"
                        + " \"2030-12-31\", \"rentAmount\": {\"amount\": 1}}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("unitId", "startDate"));
  }

  @Test
  void anUnknownFieldOfATenantIsAMalformedBody() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    NewLeaseRequest.class,
                    "{\"tenants\": [{\"tenantId\": \"6d1f7c2e-8a34-4b9e-b1c2-3e4f5a6b7c02\","
                        + " \"role\": \"PRIMARY\", \"userId\": \"x\"}]}"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("tenants[0].userId");
  }

  @Test
  void aDepositInAnotherCurrencyThanTheRentIsRefused() {
    NewLeaseRequest request =
        JsonRecords.read(
            NewLeaseRequest.class,
            "{\"unitId\": \"0b5c3a52-5f0e-4d43-9a41-2b1f1c7d9e01\", \"startDate\": \"2030-01-01\","
                + " \"endDate\": \"2030-12-31\", \"rentAmount\": {\"amount\": 150000},"
                + " \"securityDeposit\": {\"amount\": 1, \"currency\": \"eur\"}}");

    assertThatThrownBy(request::toCommand)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("securityDeposit.currency"));
  }

  @Test
  void aPatchLeavesAbsentTermsUnchangedAndRefusesNull() {
    LeaseChanges changes =
        JsonRecords.read(LeasePatchRequest.class, ApiExamples.LEASE_PATCH).toChanges();

    assertThat(changes.rentAmount()).isEqualTo(Change.to(new Money(155_000, "usd")));
    assertThat(changes.rentDueDay()).isEqualTo(Change.to(5));
    assertThat(changes.endDate().isChanged()).isFalse();
    assertThatThrownBy(
            () -> JsonRecords.read(LeasePatchRequest.class, "{\"endDate\": null}").toChanges())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theTerminationAndRenewalExamplesAreRead() {
    assertThat(
            JsonRecords.read(TerminateLeaseRequest.class, ApiExamples.LEASE_TERMINATION)
                .toCommand()
                .effectiveDate())
        .isEqualTo(LocalDate.of(2030, 6, 30));
    assertThat(
            JsonRecords.read(RenewLeaseRequest.class, ApiExamples.LEASE_RENEWAL)
                .toCommand()
                .rentAmount())
        .hasValue(new Money(155_000, "usd"));
  }
}
