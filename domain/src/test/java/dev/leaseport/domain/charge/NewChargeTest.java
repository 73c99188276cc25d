package dev.leaseport.domain.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewChargeTest {
  private static final LocalDate DUE = LocalDate.of(2030, 7, 1);

  @Test
  void aDescriptionIsStrippedAndKept() {
    assertThat(new NewCharge("  Keys ", new Money(1, "usd"), DUE).description()).isEqualTo("Keys");
  }

  @Test
  void everyMissingOrOutOfRangeFieldIsReportedAtOnce() {
    assertThatThrownBy(() -> new NewCharge(" ", new Money(0, "usd"), null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("description", "amount.amount", "dueDate"));
    assertThatThrownBy(() -> new NewCharge("Keys", new Money(10_000_000_001L, "usd"), DUE))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new NewCharge("x".repeat(501), new Money(1, "usd"), DUE))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new NewCharge("Keys", null, DUE))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theBalanceIsTheAmountLessPaidPlusRefunded() {
    Charge charge =
        new Charge(
            UUID.randomUUID(),
            UUID.randomUUID(),
            ChargeKind.RENT,
            Optional.of(DUE),
            Optional.of(DUE.plusDays(30)),
            Optional.empty(),
            "Rent",
            new Money(150_000, "usd"),
            DUE,
            100_000,
            30_000,
            20_000,
            ChargeStatus.OPEN,
            Optional.empty(),
            Instant.EPOCH,
            Instant.EPOCH,
            1);

    assertThat(charge.balance()).isEqualTo(new Money(80_000, "usd"));
  }
}
