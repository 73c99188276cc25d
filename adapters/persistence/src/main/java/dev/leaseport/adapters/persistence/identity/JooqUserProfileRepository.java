package dev.leaseport.adapters.persistence.identity;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.USERS;

import dev.leaseport.adapters.persistence.jooq.auth.Routines;
import dev.leaseport.adapters.persistence.support.ChangeSet;
import dev.leaseport.adapters.persistence.support.Enums;
import dev.leaseport.adapters.persistence.support.VersionedRows;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The caller's own row, found through {@code auth.uid()} so it can never be anyone else's. */
public final class JooqUserProfileRepository implements UserProfileRepository {
  private final TransactionContext transactions;

  public JooqUserProfileRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<UserProfile> findCurrent() {
    return dsl()
        .selectFrom(USERS)
        .where(USERS.ID.eq(Routines.uid()))
        .fetchOptional(JooqUserProfileRepository::toProfile);
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
        .returning()
        .fetchOptional()
        .map(JooqUserProfileRepository::toProfile)
        .or(
            () -> {
              VersionedRows.explainMiss(findCurrent().map(UserProfile::version), expected);
              return Optional.empty();
            });
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static UserProfile toProfile(Record row) {
    return new UserProfile(
        row.get(USERS.ID),
        row.get(USERS.EMAIL),
        Optional.ofNullable(row.get(USERS.FULL_NAME)),
        Optional.ofNullable(row.get(USERS.PHONE)),
        Enums.convert(row.get(USERS.USER_TYPE), UserType.class),
        row.get(USERS.CREATED_AT).toInstant(),
        row.get(USERS.UPDATED_AT).toInstant(),
        row.get(USERS.VERSION));
  }
}
