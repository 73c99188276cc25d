package dev.leaseport.application.export;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.export.ExportRepository;
import dev.leaseport.domain.export.PaymentLine;
import dev.leaseport.domain.export.PaymentPeriod;
import dev.leaseport.domain.export.RentRollLine;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.unit.UnitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ExportUseCasesTest {
  private static final LocalDate AS_OF = LocalDate.of(2030, 3, 15);
  private static final PaymentPeriod MARCH =
      new PaymentPeriod(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 31));

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final List<Object> calls = new ArrayList<>();
  private final RentRollLine line =
      new RentRollLine(
          UUID.randomUUID(),
          "Elm Court",
          "1 Elm Street",
          "Springfield",
          UUID.randomUUID(),
          "1A",
          UnitStatus.VACANT,
          Optional.empty(),
          new Money(150_000, "usd"));
  private final ExportRepository repository =
      new ExportRepository() {
        @Override
        public void rentRoll(LocalDate asOf, Consumer<? super RentRollLine> each) {
          transactions.requireOpen();
          calls.add(asOf);
          each.accept(line);
        }

        @Override
        public void payments(PaymentPeriod period, Consumer<? super PaymentLine> each) {
          transactions.requireOpen();
          calls.add(period);
        }
      };

  @Test
  void theRentRollIsReadOnlyWhenWrittenInTheOwnersTransaction() {
    Caller owner = owner();
    var rows = new ExportRentRoll(transactions, repository).execute(owner, AS_OF);
    assertThat(calls).isEmpty();

    List<RentRollLine> written = new ArrayList<>();
    rows.forEach(written::add);

    assertThat(written).containsExactly(line);
    assertThat(calls).containsExactly(AS_OF);
    assertThat(transactions.callers()).containsExactly(owner);
  }

  @Test
  void thePaymentsOfAPeriodAreReadInTheOwnersTransaction() {
    Caller owner = owner();

    new ExportPayments(transactions, repository).execute(owner, MARCH).forEach(row -> {});

    assertThat(calls).containsExactly(MARCH);
    assertThat(transactions.callers()).containsExactly(owner);
  }

  @Test
  void tenantsAndAdminsAreForbiddenBeforeAnyAnswerStarts() {
    ExportRentRoll rentRoll = new ExportRentRoll(transactions, repository);
    ExportPayments payments = new ExportPayments(transactions, repository);

    for (Caller caller : List.of(tenant(), caller(UserType.ADMIN))) {
      assertThatThrownBy(() -> rentRoll.execute(caller, AS_OF))
          .isInstanceOf(ForbiddenException.class);
      assertThatThrownBy(() -> payments.execute(caller, MARCH))
          .isInstanceOf(ForbiddenException.class);
    }
    assertThat(transactions.callers()).isEmpty();
    assertThat(calls).isEmpty();
  }
}
