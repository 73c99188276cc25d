package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.adapters.rest.response.VersionedJson;
import dev.leaseport.domain.lease.Lease;
import dev.leaseport.domain.lease.LeaseSignature;
import dev.leaseport.domain.lease.LeaseTenant;
import dev.leaseport.domain.lease.LeasedUnit;
import dev.leaseport.domain.lease.Termination;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A lease as JSON, with its unit and property summary, its tenants and its signatures. A renter
 * sees their own tenant record's name; a co-tenant's name is null for them.
 */
public record LeaseJson(
    UUID id,
    UnitSummary unit,
    LocalDate startDate,
    LocalDate endDate,
    MoneyJson rentAmount,
    MoneyJson securityDeposit,
    int rentDueDay,
    int gracePeriodDays,
    MoneyJson lateFeeAmount,
    String status,
    UUID renewedFromId,
    TerminationJson termination,
    List<TenantJson> tenants,
    List<SignatureJson> signatures,
    Instant createdAt,
    Instant updatedAt,
    long version)
    implements VersionedJson {

  /** The leased unit and the name of its property. */
  public record UnitSummary(UUID id, String unitNumber, UUID propertyId, String propertyName) {
    static UnitSummary of(LeasedUnit u) {
      return new UnitSummary(
          u.id(),
          u.unitNumber().orElse(null),
          u.propertyId().orElse(null),
          u.propertyName().orElse(null));
    }
  }

  public record TenantJson(UUID id, String role, String name) {
    static TenantJson of(LeaseTenant t) {
      return new TenantJson(t.tenantId(), t.role().name(), t.name().orElse(null));
    }
  }

  public record SignatureJson(
      String party,
      UUID tenantId,
      UUID signedBy,
      Instant signedAt,
      String clientIp,
      String userAgent) {
    static SignatureJson of(LeaseSignature s) {
      return new SignatureJson(
          s.party().name(),
          s.tenantId().orElse(null),
          s.signedBy(),
          s.signedAt(),
          s.clientIp().orElse(null),
          s.userAgent().orElse(null));
    }
  }

  public record TerminationJson(Instant terminatedAt, LocalDate effectiveDate, String reason) {
    static TerminationJson of(Termination t) {
      return new TerminationJson(t.terminatedAt(), t.effectiveDate(), t.reason().orElse(null));
    }
  }

  static LeaseJson of(Lease l) {
    return new LeaseJson(
        l.id(),
        UnitSummary.of(l.unit()),
        l.startDate(),
        l.endDate(),
        MoneyJson.of(l.rentAmount()),
        MoneyJson.of(l.securityDeposit()),
        l.rentDueDay(),
        l.gracePeriodDays(),
        MoneyJson.of(l.lateFeeAmount()),
        l.status().name(),
        l.renewedFromId().orElse(null),
        l.termination().map(TerminationJson::of).orElse(null),
        l.tenants().stream().map(TenantJson::of).toList(),
        l.signatures().stream().map(SignatureJson::of).toList(),
        l.createdAt(),
        l.updatedAt(),
        l.version());
  }
}
