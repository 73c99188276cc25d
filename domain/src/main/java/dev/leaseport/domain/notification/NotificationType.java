package dev.leaseport.domain.notification;

/** The events a user is notified of; each is written in the same transaction as its event. */
public enum NotificationType {
  LEASE_SENT_FOR_SIGNATURE,
  LEASE_SIGNED,
  LEASE_ACTIVATED,
  LEASE_TERMINATED,
  MAINTENANCE_CREATED,
  MAINTENANCE_STATUS_CHANGED,
  CHARGE_CREATED,
  PAYMENT_SUCCEEDED,
  PAYMENT_FAILED,
  INVITATION_ACCEPTED
}
