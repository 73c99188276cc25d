package dev.leaseport.domain.property;

import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/**
 * Properties visible to the current caller. Every method runs inside the caller's transaction, so
 * another owner's property is simply absent.
 */
public interface PropertyRepository {

  Property create(UUID ownerId, NewProperty property);

  Optional<Property> findById(UUID id);

  Page<Property> list(PropertyFilter filter, Sort<PropertySortField> sort, PageRequest page);

  /** Empty when the property is not visible; throws on a stale expected version. */
  Optional<Property> update(UUID id, PropertyChanges changes, Versioned expected);

  /** False when the property is not visible; throws on a stale expected version. */
  boolean delete(UUID id, Versioned expected);
}
