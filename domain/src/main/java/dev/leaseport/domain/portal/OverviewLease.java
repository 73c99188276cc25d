package dev.leaseport.domain.portal;

import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import java.util.UUID;

/** A lease the renter is party to, ACTIVE or PENDING_SIGNATURE, with where and how it stands. */
public record OverviewLease(
    UUID id,
    LeaseStatus status,
    LocalDate startDate,
    LocalDate endDate,
    Money rentAmount,
    Money securityDeposit,
    int rentDueDay,
    LeaseTenantRole yourRole,
    OverviewUnit unit,
    OverviewProperty property,
    SigningState signing) {}
