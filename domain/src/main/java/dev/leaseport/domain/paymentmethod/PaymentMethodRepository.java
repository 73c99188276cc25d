package dev.leaseport.domain.paymentmethod;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's saved payment methods and their customer at the payment provider, inside the
 * caller's transaction. Row-level security shows each user their own methods only: another user's
 * id is simply not there. Methods are recorded from the provider's events, never by a request.
 */
public interface PaymentMethodRepository {

  /** The caller's methods, the default first, then the newest first. */
  Page<SavedPaymentMethod> listMine(PageRequest page);

  Optional<SavedPaymentMethod> findMine(UUID id);

  /** Makes the method the caller's default; false when the caller has no such method. */
  boolean makeDefault(UUID id);

  /**
   * Removes the method; when it was the default, the newest remaining one becomes the default, and
   * autopay that paid with it is off. False when the caller has no such method.
   */
  boolean delete(UUID id);

  /** The caller's customer at the payment provider, once there is one. */
  Optional<String> myCustomerId();

  /**
   * Stores the caller's customer unless one is stored already, and returns the stored one: of two
   * racing requests the first stored wins and both get it.
   */
  String rememberMyCustomer(String customerId);
}
