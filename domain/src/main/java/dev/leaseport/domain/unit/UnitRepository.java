package dev.leaseport.domain.unit;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/** Units visible to the current caller, inside the caller's transaction. */
public interface UnitRepository {

  /**
   * The property must be the caller's own. Any other is not found, whatever the unit's number, so
   * the answer never tells whether another owner's property has a unit of that number.
   */
  Unit create(UUID ownerId, NewUnit unit);

  Optional<Unit> findById(UUID id);

  Page<Unit> list(UnitFilter filter, Sort<UnitSortField> sort, PageRequest page);

  Optional<Unit> update(UUID id, UnitChanges changes, Versioned expected);

  boolean delete(UUID id, Versioned expected);
}
