package dev.leaseport.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnerDashboardTest {

  @Test
  void aMonthsFiguresAreOfOneCurrency() {
    assertThatThrownBy(
            () ->
                new MonthCollection(new Money(1, "usd"), new Money(1, "eur"), new Money(0, "usd")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new MonthCollection(new Money(3, "eur"), new Money(1, "eur"), new Money(2, "eur"))
                .currency())
        .isEqualTo("eur");
  }

  @Test
  void everyPriorityIsCountedZeroWhenNoneIsOpen() {
    OwnerDashboard dashboard =
        new OwnerDashboard(
            LocalDate.of(2030, 3, 15),
            LocalDate.of(2030, 3, 1),
            LocalDate.of(2030, 3, 31),
            0,
            0,
            0,
            0,
            BigDecimal.ZERO,
            List.of(),
            List.of(),
            List.of(),
            Map.of(MaintenancePriority.URGENT, 1L),
            new ExpiringLeases(0, 0, 0));

    assertThat(dashboard.openMaintenance())
        .containsExactly(
            Map.entry(MaintenancePriority.LOW, 0L),
            Map.entry(MaintenancePriority.MEDIUM, 0L),
            Map.entry(MaintenancePriority.HIGH, 0L),
            Map.entry(MaintenancePriority.URGENT, 1L));
  }
}
