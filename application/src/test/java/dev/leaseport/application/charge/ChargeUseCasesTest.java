package dev.leaseport.application.charge;

import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeChargeRepository;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.charge.Charge;
import dev.leaseport.domain.charge.ChargeFilter;
import dev.leaseport.domain.charge.ChargeSortField;
import dev.leaseport.domain.charge.ChargeStatus;
import dev.leaseport.domain.charge.NewCharge;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChargeUseCasesTest {
  private static final NewCharge KEYS =
      new NewCharge("Replacement key", new Money(2500, "usd"), LocalDate.of(2030, 7, 1));

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakeChargeRepository charges = new FakeChargeRepository(transactions);
  private final AddCharge add = new AddCharge(transactions, charges);
  private final VoidCharge voidCharge = new VoidCharge(transactions, charges);
  private final GetCharge get = new GetCharge(transactions, charges);
  private final ListCharges list = new ListCharges(transactions, charges);

  static Stream<Named<BiConsumer<ChargeUseCasesTest, Caller>>> ownerOnlyActions() {
    UUID id = UUID.randomUUID();
    return Stream.of(
        Named.of("AddCharge", (t, c) -> t.add.execute(c, id, KEYS)),
        Named.of("VoidCharge", (t, c) -> t.voidCharge.execute(c, id)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownerOnlyActions")
  void aTenantIsForbiddenAndNoRepositoryIsTouched(BiConsumer<ChargeUseCasesTest, Caller> action) {
    assertThatThrownBy(() -> action.accept(this, tenant())).isInstanceOf(ForbiddenException.class);

    assertThat(charges.calls()).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void anOwnerAddsThenVoidsAChargeInTheirTransaction() {
    Caller owner = owner();

    Charge added = add.execute(owner, UUID.randomUUID(), KEYS);
    Charge voided = voidCharge.execute(owner, added.id());

    assertThat(added.balance()).isEqualTo(new Money(2500, "usd"));
    assertThat(voided.status()).isEqualTo(ChargeStatus.VOID);
    assertThat(charges.calls()).containsExactly("add", "void");
    assertThat(transactions.callers()).containsExactly(owner, owner);
  }

  @Test
  void bothOwnersAndRentersReadWhatRowLevelSecurityShowsThem() {
    Charge added = add.execute(owner(), UUID.randomUUID(), KEYS);
    Caller renter = tenant();

    assertThat(get.execute(renter, added.id())).isEqualTo(added);
    assertThat(
            list.execute(
                    renter,
                    ChargeFilter.none(),
                    Sort.ascending(ChargeSortField.DUE_DATE),
                    new PageRequest(20, 0))
                .total())
        .isEqualTo(1);
  }

  @Test
  void anInvisibleChargeIsNotFound() {
    assertThatThrownBy(() -> get.execute(tenant(), UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Charge not found");
  }
}
