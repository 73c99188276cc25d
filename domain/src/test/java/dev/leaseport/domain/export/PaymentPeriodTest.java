package dev.leaseport.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.ErrorKind;
import dev.leaseport.domain.shared.MalformedRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentPeriodTest {

  @Test
  void aSingleDayAndAWholeLeapYearAreAccepted() {
    LocalDate day = LocalDate.of(2028, 2, 29);
    assertThat(new PaymentPeriod(day, day).to()).isEqualTo(day);
    assertThat(new PaymentPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)).from())
        .isEqualTo(LocalDate.of(2028, 1, 1));
  }

  @Test
  void toBeforeFromIsAnInvalidParameter() {
    assertInvalid(LocalDate.of(2030, 3, 2), LocalDate.of(2030, 3, 1), "to must not be before from");
  }

  @Test
  void moreThan366DaysIsAnInvalidParameter() {
    assertInvalid(LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1), "at most 366 days");
  }

  @Test
  void aMissingDateIsAnInvalidParameter() {
    assertInvalid(null, LocalDate.of(2030, 3, 1), "both required");
    assertInvalid(LocalDate.of(2030, 3, 1), null, "both required");
  }

  private static void assertInvalid(LocalDate from, LocalDate to, String detail) {
    assertThatThrownBy(() -> new PaymentPeriod(from, to))
        .isInstanceOfSatisfying(
            MalformedRequestException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED);
              assertThat(e.code()).isEqualTo("invalid-parameter");
            })
        .hasMessageContaining(detail);
  }
}
