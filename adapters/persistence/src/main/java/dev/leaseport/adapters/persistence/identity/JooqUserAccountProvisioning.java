package dev.leaseport.adapters.persistence.identity;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.USERS;

import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserAccountProvisioning;

/**
 * Upserts the caller's user row from the verified token. System tier, reason identity provisioning:
 * before the row exists, row-level security has nothing to recognise the caller by, and users may
 * not insert or retype their own row.
 */
public final class JooqUserAccountProvisioning implements UserAccountProvisioning {
  private final SystemTier systemTier;

  public JooqUserAccountProvisioning(SystemTier systemTier) {
    this.systemTier = systemTier;
  }

  @Override
  public void provision(Caller caller) {
    systemTier.run(
        SystemReason.IDENTITY_PROVISIONING,
        dsl ->
            dsl.insertInto(USERS)
                .set(USERS.ID, caller.userId())
                .set(USERS.EMAIL, caller.email())
                .set(USERS.USER_TYPE, caller.userType())
                .onConflict(USERS.ID)
                .doUpdate()
                .set(USERS.EMAIL, caller.email())
                .set(USERS.USER_TYPE, caller.userType())
                // Only a real change writes (and bumps the version); most requests change nothing.
                .where(USERS.EMAIL.ne(caller.email()).or(USERS.USER_TYPE.ne(caller.userType())))
                .execute());
  }
}
