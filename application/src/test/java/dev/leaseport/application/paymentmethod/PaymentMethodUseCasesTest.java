package dev.leaseport.application.paymentmethod;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakePaymentMethodRepository;
import dev.leaseport.application.fakes.FakeSavedPaymentMethods;
import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.paymentmethod.AutopayChange;
import dev.leaseport.domain.paymentmethod.LeaseAutopay;
import dev.leaseport.domain.paymentmethod.LeaseAutopayRepository;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PaymentMethodUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final FakePaymentMethodRepository methods = new FakePaymentMethodRepository(transactions);
  private final FakeSavedPaymentMethods provider = new FakeSavedPaymentMethods();
  private final Caller renter = caller(UserType.TENANT);

  private final StartPaymentMethodSetup setup =
      new StartPaymentMethodSetup(transactions, methods, provider);
  private final RemovePaymentMethod remove =
      new RemovePaymentMethod(transactions, methods, provider);

  @Test
  void onlyRentersSaveListChooseAndRemoveMethods() {
    List<Consumer<Caller>> actions =
        List.of(
            setup::execute,
            c -> new ListPaymentMethods(transactions, methods).execute(c, new PageRequest(20, 0)),
            c -> new MakePaymentMethodDefault(transactions, methods).execute(c, UUID.randomUUID()),
            c -> remove.execute(c, UUID.randomUUID()),
            c ->
                new SetLeaseAutopay(transactions, autopay(new ArrayList<>()))
                    .execute(c, UUID.randomUUID(), new AutopayChange(false, Optional.empty())));
    for (UserType type : List.of(UserType.OWNER, UserType.ADMIN)) {
      for (Consumer<Caller> action : actions) {
        assertThatThrownBy(() -> action.accept(caller(type)))
            .isInstanceOf(ForbiddenException.class);
      }
    }
    assertThat(provider.calls).isEmpty();
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void theFirstSetupCreatesTheCustomerOnceUnderTheRentersKeyAndLaterOnesReuseIt() {
    setup.execute(renter);
    setup.execute(renter);

    assertThat(provider.calls)
        .filteredOn(call -> call.startsWith("customer"))
        .containsExactly("customer " + renter.userId());
    assertThat(provider.keys.get(0).value())
        .isEqualTo("leaseport:payer-customer:" + renter.userId());
    assertThat(provider.calls).filteredOn(call -> call.startsWith("setup")).hasSize(2);
    // Each setup is a new attempt: two clicks, two SetupIntents.
    assertThat(provider.keys.get(1)).isNotEqualTo(provider.keys.get(2));
  }

  @Test
  void withoutStripeSavingAndRemovingAre503AndTouchNothing() {
    provider.configured = false;

    assertThatThrownBy(() -> setup.execute(renter))
        .isInstanceOf(UnavailableException.class)
        .extracting("code")
        .isEqualTo("payments-not-configured");
    assertThatThrownBy(() -> remove.execute(renter, UUID.randomUUID()))
        .isInstanceOf(UnavailableException.class);
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void aStripeFailureWhileCreatingTheCustomerStoresNothing() {
    provider.failing = true;

    assertThatThrownBy(() -> setup.execute(renter)).isInstanceOf(UnavailableException.class);
    assertThat(methods.writes).isEmpty();
  }

  @Test
  void removingDetachesAtStripeBeforeTheRecordGoes() {
    UUID card = methods.save("pm_1");

    remove.execute(renter, card);

    assertThat(provider.calls).containsExactly("detach pm_1");
    assertThat(methods.writes).containsExactly("delete " + card);
  }

  @Test
  void whenStripeCannotDetachTheRecordStays() {
    UUID card = methods.save("pm_1");
    provider.failing = true;

    assertThatThrownBy(() -> remove.execute(renter, card)).isInstanceOf(UnavailableException.class);
    assertThat(methods.writes).isEmpty();
  }

  @Test
  void anUnknownMethodIsNotFoundAndStripeIsNotCalled() {
    assertThatThrownBy(() -> remove.execute(renter, UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                new MakePaymentMethodDefault(transactions, methods)
                    .execute(renter, UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class);
    assertThat(provider.calls).isEmpty();
  }

  @Test
  void autopayOnNeedsAMethodAndOffTakesNone() {
    assertThatThrownBy(() -> new AutopayChange(true, Optional.empty()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new AutopayChange(false, Optional.of(UUID.randomUUID())))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void settingAutopayWritesOnlyTheMethodInTheRentersTransaction() {
    List<Optional<UUID>> written = new ArrayList<>();
    UUID lease = UUID.randomUUID();
    UUID card = UUID.randomUUID();

    LeaseAutopay result =
        new SetLeaseAutopay(transactions, autopay(written))
            .execute(renter, lease, new AutopayChange(true, Optional.of(card)));

    assertThat(written).containsExactly(Optional.of(card));
    assertThat(result.enabled()).isTrue();
    assertThat(transactions.callers()).containsExactly(renter);
  }

  private LeaseAutopayRepository autopay(List<Optional<UUID>> written) {
    return new LeaseAutopayRepository() {
      @Override
      public Optional<LeaseAutopay> find(UUID leaseId) {
        transactions.requireOpen();
        return Optional.of(
            new LeaseAutopay(leaseId, written.isEmpty() ? Optional.empty() : written.get(0)));
      }

      @Override
      public void set(UUID leaseId, Optional<UUID> paymentMethodId) {
        transactions.requireOpen();
        written.add(paymentMethodId);
      }
    };
  }
}
