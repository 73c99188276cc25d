package dev.leaseport.adapters.persistence.dashboard;

import static dev.leaseport.adapters.persistence.support.FunctionJson.list;
import static dev.leaseport.adapters.persistence.support.FunctionJson.number;
import static dev.leaseport.adapters.persistence.support.FunctionJson.object;
import static dev.leaseport.adapters.persistence.support.FunctionJson.parse;
import static dev.leaseport.adapters.persistence.support.FunctionJson.text;

import dev.leaseport.domain.dashboard.ExpiringLeases;
import dev.leaseport.domain.dashboard.MonthCollection;
import dev.leaseport.domain.dashboard.OverdueCharges;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.RentRoll;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.JSONB;

/**
 * Reads the JSON of {@code leaseport.owner_dashboard(as_of)} into the domain's records. Money comes
 * as bare minor units next to its currency and becomes {@link Money} here; keys this code does not
 * know are ignored. The parser is the one jOOQ ships, so no JSON library is added for this.
 */
final class DashboardJson {
  /** The function rounds the rate to four decimals; the JSON number keeps them. */
  private static final int RATE_SCALE = 4;

  private DashboardJson() {}

  static OwnerDashboard read(JSONB json) {
    Map<?, ?> d = object(parse("owner_dashboard()", json));
    return new OwnerDashboard(
        date(d.get("asOf")),
        date(d.get("monthStart")),
        date(d.get("monthEnd")),
        count(d.get("properties")),
        count(d.get("units")),
        count(d.get("occupiedUnits")),
        count(d.get("vacantUnits")),
        new BigDecimal(number(d.get("occupancyRate")).toString())
            .setScale(RATE_SCALE, RoundingMode.HALF_UP),
        list(d.get("rentRoll"), DashboardJson::rentRoll),
        list(d.get("thisMonth"), DashboardJson::monthCollection),
        list(d.get("overdue"), DashboardJson::overdue),
        openMaintenance(object(d.get("openMaintenance"))),
        expiringLeases(object(d.get("expiringLeases"))));
  }

  private static RentRoll rentRoll(Map<?, ?> r) {
    return new RentRoll(count(r.get("leases")), money(r, "amount"));
  }

  private static MonthCollection monthCollection(Map<?, ?> m) {
    return new MonthCollection(money(m, "charged"), money(m, "collected"), money(m, "outstanding"));
  }

  private static OverdueCharges overdue(Map<?, ?> o) {
    return new OverdueCharges(count(o.get("count")), money(o, "amount"));
  }

  private static Map<MaintenancePriority, Long> openMaintenance(Map<?, ?> byPriority) {
    Map<MaintenancePriority, Long> counts = new EnumMap<>(MaintenancePriority.class);
    byPriority.forEach(
        (priority, requests) ->
            counts.put(MaintenancePriority.valueOf(text(priority)), count(requests)));
    return counts;
  }

  private static ExpiringLeases expiringLeases(Map<?, ?> e) {
    return new ExpiringLeases(
        count(e.get("within30Days")), count(e.get("within60Days")), count(e.get("within90Days")));
  }

  /** An amount of minor units in the row's currency. */
  private static Money money(Map<?, ?> row, String amount) {
    return new Money(count(row.get(amount)), text(row.get("currency")));
  }

  private static long count(Object value) {
    return new BigDecimal(number(value).toString()).longValueExact();
  }

  private static LocalDate date(Object value) {
    return LocalDate.parse(text(value));
  }
}
