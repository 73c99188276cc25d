package dev.leaseport.application.analytics;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.analytics.MonthRange;
import dev.leaseport.domain.analytics.Report;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AnalyticsUseCasesTest {
  private static final MonthRange RANGE =
      new MonthRange(YearMonth.of(2030, 1), YearMonth.of(2030, 12));
  private static final PageRequest PAGE = new PageRequest(20, 0);
  private static final Optional<LocalDate> AS_OF = Optional.of(LocalDate.of(2030, 4, 10));

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final RecordingAnalytics analytics = new RecordingAnalytics();

  /** Each report, as a function of the caller. */
  private final Map<String, Function<Caller, Report>> reports =
      Map.of(
          "revenue", c -> new GetRevenueReport(transactions, analytics).execute(c, RANGE),
          "occupancy", c -> new GetOccupancyReport(transactions, analytics).execute(c, 12, AS_OF),
          "maintenance", c -> new GetMaintenanceReport(transactions, analytics).execute(c),
          "expiring-leases",
              c -> new GetExpiringLeases(transactions, analytics).execute(c, 90, PAGE, AS_OF),
          "payment-history",
              c ->
                  new GetTenantPaymentHistory(transactions, analytics)
                      .execute(c, RecordingAnalytics.KNOWN_TENANT, PAGE));

  @Test
  void anOwnerReadsEachReportOnceInTheirOwnTransaction() {
    Caller owner = owner();

    reports.forEach(
        (name, report) ->
            assertThat(report.apply(owner).json())
                .as(name)
                .isEqualTo("{\"report\": \"" + name + "\"}"));

    assertThat(analytics.calls)
        .containsExactlyInAnyOrder(
            "revenue 2030-01..2030-12",
            "occupancy 12 2030-04-10",
            "maintenance",
            "expiring-leases 90 20/0 2030-04-10",
            "payment-history " + RecordingAnalytics.KNOWN_TENANT + " 20/0");
    assertThat(transactions.callers()).hasSize(5).containsOnly(owner);
  }

  @Test
  void tenantsAndAdminsAreForbiddenBeforeAnyTransaction() {
    for (Caller notAnOwner : List.of(tenant(), caller(UserType.ADMIN))) {
      reports.forEach(
          (name, report) ->
              assertThatThrownBy(() -> report.apply(notAnOwner))
                  .as(name)
                  .isInstanceOf(ForbiddenException.class));
    }
    assertThat(transactions.callers()).isEmpty();
    assertThat(analytics.calls).isEmpty();
  }

  @Test
  void anUnseenTenantRecordIsNotFound() {
    GetTenantPaymentHistory history = new GetTenantPaymentHistory(transactions, analytics);

    assertThatThrownBy(() -> history.execute(owner(), UUID.randomUUID(), PAGE))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void boundsOutOfRangeAreRefusedBeforeAnyTransaction() {
    GetOccupancyReport occupancy = new GetOccupancyReport(transactions, analytics);
    GetExpiringLeases expiring = new GetExpiringLeases(transactions, analytics);

    for (int months : new int[] {0, 37, -1}) {
      assertThatThrownBy(() -> occupancy.execute(owner(), months, AS_OF))
          .isInstanceOf(ValidationException.class);
    }
    for (int days : new int[] {0, 366, -1}) {
      assertThatThrownBy(() -> expiring.execute(owner(), days, PAGE, AS_OF))
          .isInstanceOf(ValidationException.class);
    }
    assertThatThrownBy(() -> new MonthRange(YearMonth.of(2030, 2), YearMonth.of(2030, 1)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new MonthRange(YearMonth.of(2030, 1), YearMonth.of(2033, 1)))
        .isInstanceOf(ValidationException.class);
    assertThat(new MonthRange(YearMonth.of(2030, 1), YearMonth.of(2032, 12)).to())
        .isEqualTo(YearMonth.of(2032, 12));
    assertThat(MonthRange.lastTwelveUpTo(YearMonth.of(2030, 4)))
        .isEqualTo(new MonthRange(YearMonth.of(2029, 5), YearMonth.of(2030, 4)));
    assertThat(transactions.callers()).isEmpty();
  }

  /** Answers a small document naming the report, and records each call's arguments. */
  private final class RecordingAnalytics implements AnalyticsRepository {
    static final UUID KNOWN_TENANT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    final List<String> calls = new ArrayList<>();

    @Override
    public Report revenue(MonthRange range) {
      return called("revenue", "revenue " + range.from() + ".." + range.to());
    }

    @Override
    public Report occupancy(int months, Optional<LocalDate> asOf) {
      return called("occupancy", "occupancy " + months + " " + asOf.orElseThrow());
    }

    @Override
    public Report maintenance() {
      return called("maintenance", "maintenance");
    }

    @Override
    public Report expiringLeases(int withinDays, PageRequest page, Optional<LocalDate> asOf) {
      return called(
          "expiring-leases",
          "expiring-leases "
              + withinDays
              + " "
              + page.limit()
              + "/"
              + page.offset()
              + " "
              + asOf.orElseThrow());
    }

    @Override
    public Optional<Report> paymentHistory(UUID tenantId, PageRequest page) {
      if (!tenantId.equals(KNOWN_TENANT)) {
        return Optional.empty();
      }
      return Optional.of(
          called(
              "payment-history",
              "payment-history " + tenantId + " " + page.limit() + "/" + page.offset()));
    }

    private Report called(String name, String call) {
      transactions.requireOpen();
      calls.add(call);
      return new Report("{\"report\": \"" + name + "\"}");
    }
  }
}
