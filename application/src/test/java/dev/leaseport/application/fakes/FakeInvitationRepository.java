package dev.leaseport.application.fakes;

import dev.leaseport.domain.invitation.AcceptedInvitation;
import dev.leaseport.domain.invitation.Invitation;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationRepository;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The invitations the current caller can see, and what was asked of acceptance; counts calls. */
public final class FakeInvitationRepository implements InvitationRepository {
  private final FakeUserTransactions transactions;
  private final Map<UUID, Invitation> visible = new LinkedHashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final List<Duration> timesToLive = new ArrayList<>();

  public FakeInvitationRepository(FakeUserTransactions transactions) {
    this.transactions = transactions;
  }

  public Invitation add(InvitationState state) {
    Instant now = Instant.now();
    Invitation invitation =
        new Invitation(
            UUID.randomUUID(),
            UUID.randomUUID(),
            Optional.empty(),
            "ada@example.test",
            state,
            now.plus(Duration.ofDays(7)),
            Optional.empty(),
            Optional.empty(),
            now,
            now,
            1);
    visible.put(invitation.id(), invitation);
    return invitation;
  }

  public List<String> calls() {
    return calls;
  }

  public List<Duration> timesToLive() {
    return timesToLive;
  }

  @Override
  public Invitation create(
      UUID ownerId,
      UUID tenantId,
      Optional<UUID> unitId,
      InvitationToken token,
      Duration timeToLive) {
    record("create");
    timesToLive.add(timeToLive);
    return add(InvitationState.PENDING);
  }

  @Override
  public Optional<Invitation> findById(UUID id) {
    record("findById");
    return Optional.ofNullable(visible.get(id));
  }

  @Override
  public Page<Invitation> list(
      InvitationFilter filter, Sort<InvitationSortField> sort, PageRequest page) {
    record("list");
    return new Page<>(List.copyOf(visible.values()), visible.size(), page);
  }

  @Override
  public Optional<Invitation> revoke(UUID id) {
    record("revoke");
    return Optional.ofNullable(visible.get(id));
  }

  @Override
  public AcceptedInvitation accept(InvitationToken token) {
    record("accept");
    return new AcceptedInvitation(
        UUID.randomUUID(), UUID.randomUUID(), Optional.empty(), Instant.now());
  }

  private void record(String call) {
    transactions.requireOpen();
    calls.add(call);
  }
}
