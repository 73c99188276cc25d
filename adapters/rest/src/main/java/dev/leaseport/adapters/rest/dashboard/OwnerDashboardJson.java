package dev.leaseport.adapters.rest.dashboard;

import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.dashboard.ExpiringLeases;
import dev.leaseport.domain.dashboard.MonthCollection;
import dev.leaseport.domain.dashboard.OverdueCharges;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.RentRoll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner's dashboard as JSON. Money is the API's money object, one entry per currency in each
 * list; open maintenance is keyed by priority, every priority present.
 */
public record OwnerDashboardJson(
    LocalDate asOf,
    LocalDate monthStart,
    LocalDate monthEnd,
    long properties,
    long units,
    long occupiedUnits,
    long vacantUnits,
    BigDecimal occupancyRate,
    List<RentRollSection> rentRoll,
    List<MonthSection> thisMonth,
    List<OverdueSection> overdue,
    Map<String, Long> openMaintenance,
    ExpiringSection expiringLeases) {

  static OwnerDashboardJson of(OwnerDashboard d) {
    Map<String, Long> openMaintenance = new LinkedHashMap<>();
    d.openMaintenance().forEach((priority, count) -> openMaintenance.put(priority.name(), count));
    return new OwnerDashboardJson(
        d.asOf(),
        d.monthStart(),
        d.monthEnd(),
        d.properties(),
        d.units(),
        d.occupiedUnits(),
        d.vacantUnits(),
        d.occupancyRate(),
        d.rentRoll().stream().map(RentRollSection::of).toList(),
        d.thisMonth().stream().map(MonthSection::of).toList(),
        d.overdue().stream().map(OverdueSection::of).toList(),
        openMaintenance,
        ExpiringSection.of(d.expiringLeases()));
  }

  /** The ACTIVE leases in one currency covering the day, and their monthly rent together. */
  public record RentRollSection(long leases, MoneyJson monthlyRent) {
    static RentRollSection of(RentRoll r) {
      return new RentRollSection(r.leases(), MoneyJson.of(r.monthlyRent()));
    }
  }

  /** The month's non-VOID charges in one currency: charged = collected + outstanding. */
  public record MonthSection(MoneyJson charged, MoneyJson collected, MoneyJson outstanding) {
    static MonthSection of(MonthCollection m) {
      return new MonthSection(
          MoneyJson.of(m.charged()), MoneyJson.of(m.collected()), MoneyJson.of(m.outstanding()));
    }
  }

  /** The OPEN charges in one currency due before the day, and their balance together. */
  public record OverdueSection(long count, MoneyJson amount) {
    static OverdueSection of(OverdueCharges o) {
      return new OverdueSection(o.count(), MoneyJson.of(o.amount()));
    }
  }

  /** ACTIVE leases ending after the day, at most 30, 60 or 90 days later (cumulative). */
  public record ExpiringSection(long within30Days, long within60Days, long within90Days) {
    static ExpiringSection of(ExpiringLeases e) {
      return new ExpiringSection(e.within30Days(), e.within60Days(), e.within90Days());
    }
  }
}
