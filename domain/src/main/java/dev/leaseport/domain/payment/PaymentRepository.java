package dev.leaseport.domain.payment;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.Optional;
import java.util.UUID;

/**
 * Rent payments as the caller may see them (the owner's, or the payer's and their lease's), and the
 * writes of paying and refunding, each one database call that checks the caller itself.
 */
public interface PaymentRepository {

  /**
   * Writes a PENDING payment of the charge's whole balance for the calling tenant, or hands back
   * their own PENDING payment that never reached the provider, to resume under the same key.
   *
   * @throws dev.leaseport.domain.shared.NotFoundException the caller is no tenant of its lease
   * @throws dev.leaseport.domain.shared.ConflictException the charge is not OPEN, a payment of it
   *     is under way, or the owner cannot take payments
   */
  PaymentToStart start(UUID chargeId, PlatformFee fee);

  /** The provider's intent for the caller's payment. */
  void recordIntent(UUID paymentId, String intentId);

  /** The provider refused to start the caller's payment: it FAILED with this reason. */
  void recordDecline(UUID paymentId, String code, String message);

  Optional<Payment> find(UUID id);

  Page<Payment> list(PaymentFilter filter, Sort<PaymentSortField> sort, PageRequest page);

  /**
   * Reserves a refund of the owner's succeeded payment: {@code amount}, or all that remains.
   *
   * @throws dev.leaseport.domain.shared.ValidationException more than remains (422)
   */
  RefundToSubmit reserveRefund(UUID paymentId, Optional<Long> amount, RefundReason reason);

  /** The provider's refund id, or empty when it refused (the reservation is released). */
  void recordRefund(UUID refundId, Optional<String> providerRefundId);
}
