package dev.leaseport.adapters.persistence.maintenance;

import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.MAINTENANCE_EVENTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.MAINTENANCE_REQUESTS;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.PROPERTIES;
import static dev.leaseport.adapters.persistence.jooq.leaseport.Tables.UNITS;
import static org.jooq.impl.DSL.row;

import dev.leaseport.domain.maintenance.MaintenanceEvent;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceUnit;
import dev.leaseport.domain.shared.Money;
import java.util.Optional;
import org.jooq.SelectField;
import org.jooq.Table;

/**
 * A request as one row, with its unit and property by outer join (RLS decides what a renter may
 * read of them); reads and lists share it, so a page is one statement whatever its size.
 */
final class MaintenanceProjection {
  static final Table<?> FROM =
      MAINTENANCE_REQUESTS
          .leftJoin(UNITS)
          .on(UNITS.ID.eq(MAINTENANCE_REQUESTS.UNIT_ID))
          .leftJoin(PROPERTIES)
          .on(PROPERTIES.ID.eq(UNITS.PROPERTY_ID));

  static final SelectField<MaintenanceRequest> REQUEST =
      row(
              MAINTENANCE_REQUESTS.ID,
              MAINTENANCE_REQUESTS.OWNER_ID,
              row(MAINTENANCE_REQUESTS.UNIT_ID, UNITS.UNIT_NUMBER, PROPERTIES.ID, PROPERTIES.NAME)
                  .mapping(
                      (id, number, propertyId, propertyName) ->
                          new MaintenanceUnit(
                              id,
                              Optional.ofNullable(number),
                              Optional.ofNullable(propertyId),
                              Optional.ofNullable(propertyName))),
              MAINTENANCE_REQUESTS.LEASE_ID.convertFrom(Optional::ofNullable),
              MAINTENANCE_REQUESTS.REQUESTED_BY,
              MAINTENANCE_REQUESTS.TITLE,
              MAINTENANCE_REQUESTS.DESCRIPTION.convertFrom(Optional::ofNullable),
              MAINTENANCE_REQUESTS.CATEGORY,
              MAINTENANCE_REQUESTS.PRIORITY,
              MAINTENANCE_REQUESTS.STATUS,
              MAINTENANCE_REQUESTS.SCHEDULED_FOR.convertFrom(Optional::ofNullable),
              row(MAINTENANCE_REQUESTS.ESTIMATED_COST, MAINTENANCE_REQUESTS.CURRENCY)
                  .mapping(MaintenanceProjection::money),
              row(MAINTENANCE_REQUESTS.ACTUAL_COST, MAINTENANCE_REQUESTS.CURRENCY)
                  .mapping(MaintenanceProjection::money),
              MAINTENANCE_REQUESTS.CURRENCY,
              MAINTENANCE_REQUESTS.COMPLETED_AT.convertFrom(Optional::ofNullable),
              MAINTENANCE_REQUESTS.CREATED_AT,
              MAINTENANCE_REQUESTS.UPDATED_AT,
              MAINTENANCE_REQUESTS.VERSION)
          .mapping(MaintenanceRequest::new);

  static final SelectField<MaintenanceEvent> EVENT =
      row(
              MAINTENANCE_EVENTS.ID,
              MAINTENANCE_EVENTS.FROM_STATUS.convertFrom(Optional::ofNullable),
              MAINTENANCE_EVENTS.TO_STATUS,
              MAINTENANCE_EVENTS.ACTOR_ID.convertFrom(Optional::ofNullable),
              MAINTENANCE_EVENTS.NOTE.convertFrom(Optional::ofNullable),
              MAINTENANCE_EVENTS.AT)
          .mapping(MaintenanceEvent::new);

  private MaintenanceProjection() {}

  private static Optional<Money> money(Long amount, String currency) {
    return amount == null ? Optional.empty() : Optional.of(new Money(amount, currency));
  }
}
