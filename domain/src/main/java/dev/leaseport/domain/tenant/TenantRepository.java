package dev.leaseport.domain.tenant;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenant records visible to the current caller. Every method runs inside the caller's transaction,
 * so another owner's record is simply absent. A duplicate e-mail of the same owner is a conflict.
 */
public interface TenantRepository {

  Tenant create(UUID ownerId, NewTenant tenant);

  Optional<Tenant> findById(UUID id);

  Page<Tenant> list(TenantFilter filter, Sort<TenantSortField> sort, PageRequest page);

  /** Empty when the record is not visible; throws on a stale expected version. */
  Optional<Tenant> update(UUID id, TenantChanges changes, Versioned expected);
}
