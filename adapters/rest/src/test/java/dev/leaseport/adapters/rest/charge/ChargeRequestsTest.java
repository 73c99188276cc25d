package dev.leaseport.adapters.rest.charge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The body of POST /leases/{id}/charges as the strict reader fills it. */
class ChargeRequestsTest {

  @Test
  void theDocumentedNewChargeIsReadWithItsMoneyAndDueDate() {
    NewCharge charge = JsonRecords.read(NewChargeRequest.class, ApiExamples.NEW_CHARGE).toCommand();

    assertThat(charge.description()).isEqualTo("Replacement key");
    assertThat(charge.amount()).isEqualTo(new Money(2_500, "usd"));
    assertThat(charge.dueDate()).isEqualTo(LocalDate.of(2030, 7, 1));
  }

  @Test
  void anAmountThatIsNotAMoneyObjectOrAnUnknownFieldIsMalformed() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    NewChargeRequest.class,
                    "{\"description\": \"Keys\", \"amount\": 2500, \"dueDate\": \"2030-07-01\"}"))
        .isInstanceOf(ApiProblem.class);
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    NewChargeRequest.class,
                    "{\"description\": \"Keys\", \"amount\": {\"amount\": 2500}, \"dueDate\":"
                        + " \"2030-07-01\", \"status\": \"PAID\"}"))
        .isInstanceOf(ApiProblem.class);
  }
}
