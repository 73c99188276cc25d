package dev.leaseport.adapters.persistence.portal;

import static dev.leaseport.adapters.persistence.support.FunctionJson.list;
import static dev.leaseport.adapters.persistence.support.FunctionJson.number;
import static dev.leaseport.adapters.persistence.support.FunctionJson.object;
import static dev.leaseport.adapters.persistence.support.FunctionJson.parse;
import static dev.leaseport.adapters.persistence.support.FunctionJson.text;

import dev.leaseport.domain.charge.ChargeKind;
import dev.leaseport.domain.lease.LeaseStatus;
import dev.leaseport.domain.lease.LeaseTenantRole;
import dev.leaseport.domain.lease.SignatureParty;
import dev.leaseport.domain.maintenance.MaintenanceCategory;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.maintenance.MaintenanceStatus;
import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.payment.PaymentStatus;
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
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jooq.JSONB;

/**
 * Reads the JSON of {@code leaseport.tenant_overview()} into the domain's records. Keys it does not
 * know are ignored, so the function may gain sections before this code reads them. The parser is
 * the one jOOQ ships (its MULTISET reading uses it), so no JSON library is added for this.
 */
final class OverviewJson {
  private OverviewJson() {}

  static TenantOverview read(JSONB json) {
    Map<?, ?> overview = object(parse("tenant_overview()", json));
    return new TenantOverview(
        profile(object(overview.get("profile"))),
        list(overview.get("leases"), OverviewJson::lease),
        number(overview.get("unreadNotifications")).longValue(),
        list(overview.get("openMaintenanceRequests"), OverviewJson::maintenanceRequest),
        list(overview.get("openCharges"), OverviewJson::charge),
        list(overview.get("openChargeTotals"), OverviewJson::chargeTotal),
        list(overview.get("recentPayments"), OverviewJson::payment));
  }

  private static OverviewCharge charge(Map<?, ?> c) {
    return new OverviewCharge(
        uuid(c.get("id")),
        uuid(c.get("leaseId")),
        ChargeKind.valueOf(text(c.get("kind"))),
        text(c.get("description")),
        LocalDate.parse(text(c.get("dueDate"))),
        money(object(c.get("amount"))),
        money(object(c.get("paid"))),
        money(object(c.get("pending"))),
        money(object(c.get("refunded"))),
        money(object(c.get("balance"))));
  }

  private static OpenChargeTotal chargeTotal(Map<?, ?> t) {
    return new OpenChargeTotal(number(t.get("count")).longValue(), money(object(t.get("balance"))));
  }

  private static RecentPayment payment(Map<?, ?> p) {
    return new RecentPayment(
        uuid(p.get("id")),
        uuid(p.get("chargeId")),
        money(object(p.get("amount"))),
        PaymentStatus.valueOf(text(p.get("status"))),
        optionalText(p.get("methodKind")).map(PaymentMethodKind::valueOf),
        OffsetDateTime.parse(text(p.get("createdAt"))).toInstant(),
        optionalText(p.get("failureCode")));
  }

  private static OpenMaintenanceRequest maintenanceRequest(Map<?, ?> r) {
    return new OpenMaintenanceRequest(
        uuid(r.get("id")),
        uuid(r.get("unitId")),
        text(r.get("title")),
        MaintenanceCategory.valueOf(text(r.get("category"))),
        MaintenancePriority.valueOf(text(r.get("priority"))),
        MaintenanceStatus.valueOf(text(r.get("status"))),
        optionalText(r.get("scheduledFor")).map(LocalDate::parse),
        flag(r.get("filedByYou")),
        OffsetDateTime.parse(text(r.get("createdAt"))).toInstant());
  }

  private static OverviewProfile profile(Map<?, ?> p) {
    return new OverviewProfile(
        uuid(p.get("id")),
        text(p.get("email")),
        optionalText(p.get("fullName")),
        optionalText(p.get("phone")));
  }

  private static OverviewLease lease(Map<?, ?> l) {
    return new OverviewLease(
        uuid(l.get("id")),
        LeaseStatus.valueOf(text(l.get("status"))),
        LocalDate.parse(text(l.get("startDate"))),
        LocalDate.parse(text(l.get("endDate"))),
        money(object(l.get("rentAmount"))),
        money(object(l.get("securityDeposit"))),
        number(l.get("rentDueDay")).intValue(),
        LeaseTenantRole.valueOf(text(l.get("yourRole"))),
        unit(object(l.get("unit"))),
        property(object(l.get("property"))),
        signing(object(l.get("signing"))));
  }

  private static OverviewUnit unit(Map<?, ?> u) {
    Object bedrooms = u.get("bedrooms");
    Object bathrooms = u.get("bathrooms");
    return new OverviewUnit(
        uuid(u.get("id")),
        text(u.get("unitNumber")),
        bedrooms == null ? OptionalInt.empty() : OptionalInt.of(number(bedrooms).intValue()),
        Optional.ofNullable(bathrooms).map(b -> new BigDecimal(b.toString())));
  }

  private static OverviewProperty property(Map<?, ?> p) {
    return new OverviewProperty(
        uuid(p.get("id")),
        text(p.get("name")),
        new Address(
            text(p.get("addressLine1")),
            optionalText(p.get("addressLine2")),
            text(p.get("city")),
            optionalText(p.get("region")),
            optionalText(p.get("postalCode")),
            text(p.get("country"))));
  }

  private static SigningState signing(Map<?, ?> s) {
    return new SigningState(
        flag(s.get("ownerSigned")),
        flag(s.get("primaryTenantSigned")),
        flag(s.get("youSigned")),
        flag(s.get("youMustSign")),
        list(s.get("signatures"), OverviewJson::signature));
  }

  private static SignatureSummary signature(Map<?, ?> s) {
    return new SignatureSummary(
        SignatureParty.valueOf(text(s.get("party"))),
        Optional.ofNullable(s.get("tenantId")).map(OverviewJson::uuid),
        OffsetDateTime.parse(text(s.get("signedAt"))).toInstant(),
        flag(s.get("byYou")));
  }

  private static Money money(Map<?, ?> m) {
    return new Money(number(m.get("amount")).longValue(), text(m.get("currency")));
  }

  private static boolean flag(Object value) {
    return Boolean.TRUE.equals(value);
  }

  private static Optional<String> optionalText(Object value) {
    return value == null ? Optional.empty() : Optional.of(text(value));
  }

  private static UUID uuid(Object value) {
    return UUID.fromString(text(value));
  }
}
