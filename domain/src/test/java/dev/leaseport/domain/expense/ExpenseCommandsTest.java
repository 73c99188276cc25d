package dev.leaseport.domain.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExpenseCommandsTest {
  private static final UUID PROPERTY = UUID.randomUUID();

  @Test
  void aNewExpenseNeedsItsPropertyCategoryAmountAndDateAndReportsEveryMissingOne() {
    assertThatThrownBy(() -> new NewExpense(null, null, null, null, null, null, null, null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("propertyId", "category", "amount", "incurredOn"));
  }

  @Test
  void anAmountOfNothingOrBeyondTheLimitIsRefused() {
    assertThat(fieldsRefused(0)).containsExactly("amount.amount");
    assertThat(fieldsRefused(ExpenseFields.AMOUNT_MAX + 1)).containsExactly("amount.amount");
    assertThat(expense(1, LocalDate.of(2026, 1, 1), "Vendor").amount().amount()).isEqualTo(1);
  }

  @Test
  void aDateOutsideTheBooksYearsABlankVendorAndALongDescriptionAreRefused() {
    assertThatThrownBy(() -> expense(100, LocalDate.of(1899, 12, 31), "Vendor"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("incurredOn"));
    assertThatThrownBy(() -> expense(100, LocalDate.of(2026, 1, 1), "  "))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("vendor"));
    assertThatThrownBy(
            () ->
                new NewExpense(
                    PROPERTY,
                    null,
                    null,
                    ExpenseCategory.OTHER,
                    new Money(1, "usd"),
                    LocalDate.of(2026, 1, 1),
                    null,
                    "x".repeat(5001)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("description"));
  }

  @Test
  void aPatchMayClearTheOptionalFieldsButNotTheRequiredOnes() {
    ExpenseChanges clearing =
        new ExpenseChanges(
            Change.unchanged(),
            Change.cleared(),
            Change.cleared(),
            Change.unchanged(),
            Change.unchanged(),
            Change.unchanged(),
            Change.cleared(),
            Change.cleared());
    assertThat(clearing.isEmpty()).isFalse();

    assertThatThrownBy(
            () ->
                new ExpenseChanges(
                    Change.cleared(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.cleared(),
                    Change.cleared(),
                    Change.cleared(),
                    Change.unchanged(),
                    Change.unchanged()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("propertyId", "category", "amount", "incurredOn"));
  }

  @Test
  void aPatchOfNothingIsEmpty() {
    assertThat(
            new ExpenseChanges(
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged(),
                    Change.unchanged())
                .isEmpty())
        .isTrue();
  }

  private static java.util.List<String> fieldsRefused(long amount) {
    try {
      expense(amount, LocalDate.of(2026, 1, 1), "Vendor");
      return java.util.List.of();
    } catch (ValidationException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  private static NewExpense expense(long amount, LocalDate on, String vendor) {
    return new NewExpense(
        PROPERTY, null, null, ExpenseCategory.REPAIRS, new Money(amount, "usd"), on, vendor, null);
  }
}
