package dev.leaseport.adapters.persistence.billing;

import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyChanges;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.shared.Versioned;
import java.util.Optional;
import java.util.UUID;

/** A real repository a test can pause at a chosen step by overriding one method. */
class DelegatingPropertyRepository implements PropertyRepository {
  private final PropertyRepository delegate;

  DelegatingPropertyRepository(PropertyRepository delegate) {
    this.delegate = delegate;
  }

  @Override
  public Property create(UUID ownerId, NewProperty property) {
    return delegate.create(ownerId, property);
  }

  @Override
  public Optional<Property> findById(UUID id) {
    return delegate.findById(id);
  }

  @Override
  public Page<Property> list(
      PropertyFilter filter, Sort<PropertySortField> sort, PageRequest page) {
    return delegate.list(filter, sort, page);
  }

  @Override
  public Optional<Property> update(UUID id, PropertyChanges changes, Versioned expected) {
    return delegate.update(id, changes, expected);
  }

  @Override
  public boolean delete(UUID id, Versioned expected) {
    return delegate.delete(id, expected);
  }
}
