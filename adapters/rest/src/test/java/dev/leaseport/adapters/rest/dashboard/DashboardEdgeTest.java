package dev.leaseport.adapters.rest.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.MoneyJson;
import dev.leaseport.domain.dashboard.ExpiringLeases;
import dev.leaseport.domain.dashboard.MonthCollection;
import dev.leaseport.domain.dashboard.OverdueCharges;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.RentRoll;
import dev.leaseport.domain.maintenance.MaintenancePriority;
import dev.leaseport.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardEdgeTest {

  @Test
  void withoutAsOfTheUseCaseChoosesTodayAndADateIsTakenAsWritten() {
    assertThat(AsOfParameter.parse(null)).isEmpty();
    assertThat(AsOfParameter.parse("2030-03-15")).contains(LocalDate.of(2030, 3, 15));
    assertThat(AsOfParameter.parse("1900-01-01")).contains(AsOfParameter.EARLIEST);
    assertThat(AsOfParameter.parse("2999-12-31")).contains(AsOfParameter.LATEST);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tomorrow",
        "2030-02-30",
        "2030-3-15",
        "15/03/2030",
        "1899-12-31",
        "3000-01-01"
      })
  void anythingElseIsAnInvalidParameter(String raw) {
    assertThatThrownBy(() -> AsOfParameter.parse(raw))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("invalid-parameter");
              assertThat(problem.getMessage()).startsWith("asOf must be");
            });
  }

  @Test
  void moneyBecomesTheApiMoneyObjectAndEveryPriorityIsAKeyInTheirOrder() {
    OwnerDashboard dashboard =
        new OwnerDashboard(
            LocalDate.of(2030, 3, 15),
            LocalDate.of(2030, 3, 1),
            LocalDate.of(2030, 3, 31),
            2,
            3,
            2,
            1,
            new BigDecimal("0.6667"),
            List.of(new RentRoll(2, new Money(250_000, "usd"))),
            List.of(
                new MonthCollection(
                    new Money(300_000, "usd"),
                    new Money(200_000, "usd"),
                    new Money(100_000, "usd"))),
            List.of(new OverdueCharges(1, new Money(60_000, "usd"))),
            Map.of(MaintenancePriority.HIGH, 2L),
            new ExpiringLeases(1, 2, 3));

    OwnerDashboardJson json = OwnerDashboardJson.of(dashboard);

    assertThat(json.rentRoll().get(0).monthlyRent()).isEqualTo(new MoneyJson(250_000, "usd"));
    assertThat(json.thisMonth().get(0).collected()).isEqualTo(new MoneyJson(200_000, "usd"));
    assertThat(json.overdue().get(0).amount()).isEqualTo(new MoneyJson(60_000, "usd"));
    assertThat(json.openMaintenance())
        .containsExactly(
            Map.entry("LOW", 0L),
            Map.entry("MEDIUM", 0L),
            Map.entry("HIGH", 2L),
            Map.entry("URGENT", 0L));
    assertThat(json.occupancyRate()).isEqualTo(new BigDecimal("0.6667"));
    assertThat(json.expiringLeases().within90Days()).isEqualTo(3);
  }
}
