package dev.leaseport.application.dashboard;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.dashboard.ExpiringLeases;
import dev.leaseport.domain.dashboard.OwnerDashboard;
import dev.leaseport.domain.dashboard.OwnerDashboardRepository;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.ForbiddenException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerDashboardUseCaseTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final List<LocalDate> days = new ArrayList<>();
  private final OwnerDashboardRepository repository =
      day -> {
        transactions.requireOpen();
        days.add(day);
        return dashboardOf(day);
      };

  @Test
  void anOwnerReadsTheDashboardOfTheDayTheyNameOnceInTheirOwnTransaction() {
    Caller owner = owner();
    LocalDate day = LocalDate.of(2030, 3, 15);

    OwnerDashboard read =
        new GetOwnerDashboard(transactions, repository).execute(owner, Optional.of(day));

    assertThat(read).isEqualTo(dashboardOf(day));
    assertThat(days).containsExactly(day);
    assertThat(transactions.callers()).containsExactly(owner);
  }

  @Test
  void withoutADayTheDashboardIsTodaysInUtc() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);

    new GetOwnerDashboard(transactions, repository).execute(owner(), Optional.empty());

    assertThat(days).hasSize(1);
    assertThat(days.get(0)).isBetween(before, LocalDate.now(ZoneOffset.UTC));
  }

  @Test
  void rentersAndAdminsAreForbiddenBeforeAnyTransaction() {
    GetOwnerDashboard useCase = new GetOwnerDashboard(transactions, repository);

    assertThatThrownBy(() -> useCase.execute(tenant(), Optional.empty()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> useCase.execute(caller(UserType.ADMIN), Optional.empty()))
        .isInstanceOf(ForbiddenException.class);
    assertThat(transactions.callers()).isEmpty();
    assertThat(days).isEmpty();
  }

  private static OwnerDashboard dashboardOf(LocalDate day) {
    return new OwnerDashboard(
        day,
        day.withDayOfMonth(1),
        day.withDayOfMonth(day.lengthOfMonth()),
        0,
        0,
        0,
        0,
        BigDecimal.ZERO,
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        new ExpiringLeases(0, 0, 0));
  }
}
