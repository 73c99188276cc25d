package dev.leaseport.application.fakes;

import dev.leaseport.domain.payment.PaymentMethodKind;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.paymentmethod.SavedPaymentMethod;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One renter's methods and customer, usable only inside a fake transaction. */
public final class FakePaymentMethodRepository implements PaymentMethodRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, SavedPaymentMethod> methods = new LinkedHashMap<>();
  public final List<String> writes = new ArrayList<>();
  private String customer;

  public FakePaymentMethodRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public UUID save(String providerId) {
    UUID id = UUID.randomUUID();
    methods.put(
        id,
        new SavedPaymentMethod(
            id,
            providerId,
            PaymentMethodKind.CARD,
            Optional.of("visa"),
            Optional.empty(),
            Optional.of("4242"),
            Optional.of(8),
            Optional.of(2031),
            methods.isEmpty(),
            Instant.now()));
    return id;
  }

  @Override
  public Page<SavedPaymentMethod> listMine(PageRequest page) {
    transactions.requireOpen();
    return new Page<>(List.copyOf(methods.values()), methods.size(), page);
  }

  @Override
  public Optional<SavedPaymentMethod> findMine(UUID id) {
    transactions.requireOpen();
    return Optional.ofNullable(methods.get(id));
  }

  @Override
  public boolean makeDefault(UUID id) {
    transactions.requireOpen();
    writes.add("default " + id);
    return methods.containsKey(id);
  }

  @Override
  public boolean delete(UUID id) {
    transactions.requireOpen();
    writes.add("delete " + id);
    return methods.remove(id) != null;
  }

  @Override
  public Optional<String> myCustomerId() {
    transactions.requireOpen();
    return Optional.ofNullable(customer);
  }

  @Override
  public String rememberMyCustomer(String customerId) {
    transactions.requireOpen();
    writes.add("customer " + customerId);
    if (customer == null) {
      customer = customerId;
    }
    return customer;
  }
}
