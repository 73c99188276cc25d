package dev.leaseport.domain.identity;

/** The kind of account: owners sign up themselves, tenants arrive by invitation, admins operate. */
public enum UserType {
  OWNER,
  TENANT,
  ADMIN
}
