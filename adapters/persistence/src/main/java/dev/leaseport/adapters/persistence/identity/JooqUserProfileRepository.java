package dev.leaseport.adapters.persistence.identity;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.USERS;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.jooq.auth.Routines;
import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;

/** The caller's own row, found through {@code auth.uid()} so it can never be anyone else's. */
public final class JooqUserProfileRepository implements UserProfileRepository {
  private static final SelectField<UserProfile> PROFILE =
      row(
              USERS.ID,
              USERS.EMAIL,
              USERS.FULL_NAME.convertFrom(Optional::ofNullable),
              USERS.PHONE.convertFrom(Optional::ofNullable),
              USERS.USER_TYPE,
              USERS.CREATED_AT,
              USERS.UPDATED_AT,
              USERS.VERSION)
          .mapping(UserProfile::new);

  private final TransactionContext transactions;

  public JooqUserProfileRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<UserProfile> findCurrent() {
    return dsl()
        .select(PROFILE)
        .from(USERS)
        .where(USERS.ID.eq(Routines.uid()))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Optional<UserProfile> updateCurrent(ProfileChanges changes, Versioned expected) {
    ChangeSet set =
        new ChangeSet()
            .put(USERS.FULL_NAME, changes.fullName(), String::strip)
            .put(USERS.PHONE, changes.phone(), String::strip);
    if (set.isEmpty()) {
      Optional<UserProfile> current = findCurrent();
      return VersionedRows.isCurrent(current.map(UserProfile::version), expected)
          ? current
          : Optional.empty();
    }
    return dsl()
        .update(USERS)
        .set(set.values())
        .where(USERS.ID.eq(Routines.uid()))
        .and(VersionedRows.matching(USERS.VERSION, expected))
        .returningResult(PROFILE)
        .fetchOptional(Record1::value1)
        .or(
            () -> {
              VersionedRows.explainMiss(findCurrent().map(UserProfile::version), expected);
              return Optional.empty();
            });
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }
}
