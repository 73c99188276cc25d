package dev.leaseport.domain.dashboard;

import dev.leaseport.domain.maintenance.MaintenancePriority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An owner's portfolio on one day: the properties in use and their units, how many an ACTIVE lease
 * covers (the occupancy rate is occupied ÷ units, four decimals, 0 without units), the monthly rent
 * roll, the money of the day's calendar month and what is overdue (each per currency, never summed
 * across currencies), open maintenance by priority (every priority, 0 when none) and the leases
 * ending soon.
 */
public record OwnerDashboard(
    LocalDate asOf,
    LocalDate monthStart,
    LocalDate monthEnd,
    long properties,
    long units,
    long occupiedUnits,
    long vacantUnits,
    BigDecimal occupancyRate,
    List<RentRoll> rentRoll,
    List<MonthCollection> thisMonth,
    List<OverdueCharges> overdue,
    Map<MaintenancePriority, Long> openMaintenance,
    ExpiringLeases expiringLeases) {

  public OwnerDashboard {
    rentRoll = List.copyOf(rentRoll);
    thisMonth = List.copyOf(thisMonth);
    overdue = List.copyOf(overdue);
    EnumMap<MaintenancePriority, Long> byPriority = new EnumMap<>(MaintenancePriority.class);
    for (MaintenancePriority priority : MaintenancePriority.values()) {
      byPriority.put(priority, openMaintenance.getOrDefault(priority, 0L));
    }
    openMaintenance = Collections.unmodifiableMap(byPriority);
  }
}
