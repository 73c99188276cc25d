package dev.leaseport.adapters.rest.portal;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.portal.OpenChargeTotal;
import dev.leaseport.domain.portal.OpenMaintenanceRequest;
import dev.leaseport.domain.portal.OverviewCharge;
import dev.leaseport.domain.portal.OverviewLease;
import dev.leaseport.domain.portal.OverviewProfile;
import dev.leaseport.domain.portal.OverviewProperty;
import dev.leaseport.domain.portal.OverviewUnit;
import dev.leaseport.domain.portal.RecentPayment;
import dev.leaseport.domain.portal.SignatureSummary;
import dev.leaseport.domain.portal.SigningState;
import dev.leaseport.domain.portal.TenantOverview;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The renter's overview as JSON: an object of named sections, so that later sections are new keys
 * and no client breaks (open charges and recent payments came that way).
 */
public record TenantOverviewJson(
    ProfileSection profile,
    List<LeaseSection> leases,
    long unreadNotifications,
    List<MaintenanceRequestSection> openMaintenanceRequests,
    List<ChargeSection> openCharges,
    List<ChargeTotalSection> openChargeTotals,
    List<PaymentSection> recentPayments) {

  static TenantOverviewJson of(TenantOverview o) {
    return new TenantOverviewJson(
        ProfileSection.of(o.profile()),
        o.leases().stream().map(LeaseSection::of).toList(),
        o.unreadNotifications(),
        o.openMaintenanceRequests().stream().map(MaintenanceRequestSection::of).toList(),
        o.openCharges().stream().map(ChargeSection::of).toList(),
        o.openChargeTotals().stream().map(ChargeTotalSection::of).toList(),
        o.recentPayments().stream().map(PaymentSection::of).toList());
  }

  /** An OPEN charge of the renter's leases; {@code balance} = amount - paid + refunded. */
  public record ChargeSection(
      UUID id,
      UUID leaseId,
      String kind,
      String description,
      LocalDate dueDate,
      MoneyJson amount,
      MoneyJson paid,
      MoneyJson pending,
      MoneyJson refunded,
      MoneyJson balance) {
    static ChargeSection of(OverviewCharge c) {
      return new ChargeSection(
          c.id(),
          c.leaseId(),
          c.kind().name(),
          c.description(),
          c.dueDate(),
          MoneyJson.of(c.amount()),
          MoneyJson.of(c.paid()),
          MoneyJson.of(c.pending()),
          MoneyJson.of(c.refunded()),
          MoneyJson.of(c.balance()));
    }
  }

  /** The number of OPEN charges in one currency and their summed balance. */
  public record ChargeTotalSection(long count, MoneyJson balance) {
    static ChargeTotalSection of(OpenChargeTotal t) {
      return new ChargeTotalSection(t.count(), MoneyJson.of(t.balance()));
    }
  }

  /** A payment the renter made, or a co-tenant made on one of their leases. */
  public record PaymentSection(
      UUID id,
      UUID chargeId,
      MoneyJson amount,
      String status,
      String methodKind,
      Instant createdAt,
      String failureCode) {
    static PaymentSection of(RecentPayment p) {
      return new PaymentSection(
          p.id(),
          p.chargeId(),
          MoneyJson.of(p.amount()),
          p.status().name(),
          p.methodKind().map(Enum::name).orElse(null),
          p.createdAt(),
          p.failureCode().orElse(null));
    }
  }

  /** A request the renter filed, or one of the unit they rent now, not finished yet. */
  public record MaintenanceRequestSection(
      UUID id,
      UUID unitId,
      String title,
      String category,
      String priority,
      String status,
      LocalDate scheduledFor,
      boolean filedByYou,
      Instant createdAt) {
    static MaintenanceRequestSection of(OpenMaintenanceRequest r) {
      return new MaintenanceRequestSection(
          r.id(),
          r.unitId(),
          r.title(),
          r.category().name(),
          r.priority().name(),
          r.status().name(),
          r.scheduledFor().orElse(null),
          r.filedByYou(),
          r.createdAt());
    }
  }

  public record ProfileSection(UUID id, String email, String fullName, String phone) {
    static ProfileSection of(OverviewProfile p) {
      return new ProfileSection(
          p.id(), p.email(), p.fullName().orElse(null), p.phone().orElse(null));
    }
  }

  public record LeaseSection(
      UUID id,
      String status,
      LocalDate startDate,
      LocalDate endDate,
      MoneyJson rentAmount,
      MoneyJson securityDeposit,
      int rentDueDay,
      String yourRole,
      UnitSummary unit,
      PropertySummary property,
      Signing signing) {
    static LeaseSection of(OverviewLease l) {
      return new LeaseSection(
          l.id(),
          l.status().name(),
          l.startDate(),
          l.endDate(),
          MoneyJson.of(l.rentAmount()),
          MoneyJson.of(l.securityDeposit()),
          l.rentDueDay(),
          l.yourRole().name(),
          UnitSummary.of(l.unit()),
          PropertySummary.of(l.property()),
          Signing.of(l.signing()));
    }
  }

  public record UnitSummary(UUID id, String unitNumber, Integer bedrooms, BigDecimal bathrooms) {
    static UnitSummary of(OverviewUnit u) {
      return new UnitSummary(
          u.id(),
          u.unitNumber(),
          u.bedrooms().isPresent() ? u.bedrooms().getAsInt() : null,
          u.bathrooms().orElse(null));
    }
  }

  public record PropertySummary(
      UUID id,
      String name,
      String addressLine1,
      String addressLine2,
      String city,
      String region,
      String postalCode,
      String country) {
    static PropertySummary of(OverviewProperty p) {
      var a = p.address();
      return new PropertySummary(
          p.id(),
          p.name(),
          a.line1(),
          a.line2().orElse(null),
          a.city(),
          a.region().orElse(null),
          a.postalCode().orElse(null),
          a.country());
    }
  }

  /** Who signed, and whether the lease waits for the caller's signature to become active. */
  public record Signing(
      boolean ownerSigned,
      boolean primaryTenantSigned,
      boolean youSigned,
      boolean youMustSign,
      List<Signature> signatures) {
    static Signing of(SigningState s) {
      return new Signing(
          s.ownerSigned(),
          s.primaryTenantSigned(),
          s.youSigned(),
          s.youMustSign(),
          s.signatures().stream().map(Signature::of).toList());
    }
  }

  public record Signature(String party, UUID tenantId, Instant signedAt, boolean byYou) {
    static Signature of(SignatureSummary s) {
      return new Signature(s.party().name(), s.tenantId().orElse(null), s.signedAt(), s.byYou());
    }
  }
}
