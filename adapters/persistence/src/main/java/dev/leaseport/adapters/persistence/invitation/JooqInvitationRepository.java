package dev.leaseport.adapters.persistence.invitation;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.ACCEPT_INVITATION;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.INVITATIONS;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;

import dev.leaseport.adapters.persistence.jooq.leaseport.tables.AcceptInvitation;
import dev.leaseport.adapters.persistence.support.PagedQuery;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.invitation.AcceptedInvitation;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationErrors;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationRepository;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.invitation.InvitationStatus;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.types.DayToSecond;

/**
 * An owner's invitations under row-level security, their state told by the database's clock; and
 * acceptance, one call of {@code accept_invitation}, which checks and links in one transaction.
 */
public final class JooqInvitationRepository implements InvitationRepository {
  private static final Field<Boolean> PAST_EXPIRY = INVITATIONS.EXPIRES_AT.le(currentInstant());

  private static final SelectField<Invitation> INVITATION =
      row(
              INVITATIONS.ID,
              INVITATIONS.TENANT_ID,
              INVITATIONS.UNIT_ID.convertFrom(Optional::ofNullable),
              INVITATIONS.EMAIL,
              row(INVITATIONS.STATUS, INVITATIONS.EXPIRES_AT, currentInstant())
                  .mapping(InvitationState::of),
              INVITATIONS.EXPIRES_AT,
              INVITATIONS.ACCEPTED_BY.convertFrom(Optional::ofNullable),
              INVITATIONS.ACCEPTED_AT.convertFrom(Optional::ofNullable),
              INVITATIONS.CREATED_AT,
              INVITATIONS.UPDATED_AT,
              INVITATIONS.VERSION)
          .mapping(Invitation::new);

  private final TransactionContext transactions;

  public JooqInvitationRepository(TransactionContext transactions) {
    this.transactions = transactions;
  }

  @Override
  public Invitation create(
      UUID ownerId,
      UUID tenantId,
      Optional<UUID> unitId,
      InvitationToken token,
      Duration timeToLive) {
    // The e-mail is not sent: a trigger copies it from the tenant record.
    return dsl()
        .insertInto(INVITATIONS)
        .set(INVITATIONS.OWNER_ID, ownerId)
        .set(INVITATIONS.TENANT_ID, tenantId)
        .set(INVITATIONS.UNIT_ID, unitId.orElse(null))
        .set(INVITATIONS.TOKEN_HASH, token.hash())
        .set(INVITATIONS.EXPIRES_AT, currentInstant().plus(DayToSecond.valueOf(timeToLive)))
        .returningResult(INVITATION)
        .fetchSingle(Record1::value1);
  }

  @Override
  public Optional<Invitation> findById(UUID id) {
    return dsl()
        .select(INVITATION)
        .from(INVITATIONS)
        .where(INVITATIONS.ID.eq(id))
        .fetchOptional(Record1::value1);
  }

  @Override
  public Page<Invitation> list(
      InvitationFilter filter, Sort<InvitationSortField> sort, PageRequest page) {
    return PagedQuery.fetch(
        dsl(),
        INVITATION,
        INVITATIONS,
        where(filter),
        List.of(orderBy(sort), INVITATIONS.ID.asc()),
        page);
  }

  @Override
  public Optional<Invitation> revoke(UUID id) {
    return dsl()
        .update(INVITATIONS)
        .set(INVITATIONS.STATUS, InvitationStatus.REVOKED)
        .where(INVITATIONS.ID.eq(id))
        .and(INVITATIONS.STATUS.eq(InvitationStatus.PENDING))
        .returningResult(INVITATION)
        .fetchOptional(Record1::value1);
  }

  @Override
  public AcceptedInvitation accept(InvitationToken token) {
    // Failures are raised by the function with codes SqlErrors turns into InvitationErrors.
    AcceptInvitation accepted = ACCEPT_INVITATION.call(token.hash());
    return dsl()
        .select(
            row(
                    accepted.INVITATION_ID,
                    accepted.TENANT_ID,
                    accepted.UNIT_ID.convertFrom(Optional::ofNullable),
                    accepted.ACCEPTED_AT)
                .mapping(AcceptedInvitation::new))
        .from(accepted)
        .fetchOptional(Record1::value1)
        .orElseThrow(InvitationErrors::unknown);
  }

  private DSLContext dsl() {
    return transactions.dsl();
  }

  private static Condition where(InvitationFilter filter) {
    Condition condition = noCondition();
    if (filter.tenantId().isPresent()) {
      condition = condition.and(INVITATIONS.TENANT_ID.eq(filter.tenantId().get()));
    }
    if (filter.state().isPresent()) {
      condition =
          condition.and(
              switch (filter.state().get()) {
                case PENDING -> INVITATIONS.STATUS.eq(InvitationStatus.PENDING).andNot(PAST_EXPIRY);
                case EXPIRED -> INVITATIONS.STATUS.eq(InvitationStatus.PENDING).and(PAST_EXPIRY);
                case ACCEPTED -> INVITATIONS.STATUS.eq(InvitationStatus.ACCEPTED);
                case REVOKED -> INVITATIONS.STATUS.eq(InvitationStatus.REVOKED);
              });
    }
    return condition;
  }

  private static SortField<?> orderBy(Sort<InvitationSortField> sort) {
    Field<?> column =
        switch (sort.field()) {
          case CREATED_AT -> INVITATIONS.CREATED_AT;
          case EXPIRES_AT -> INVITATIONS.EXPIRES_AT;
        };
    return sort.direction() == Direction.DESCENDING ? column.desc() : column.asc();
  }
}
