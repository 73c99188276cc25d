package dev.leaseport.bootstrap.demo;

import dev.leaseport.adapters.rest.local.LocalTokenIssuer;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.property.ListProperties;
import dev.leaseport.application.unit.CreateUnit;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.property.Address;
import dev.leaseport.domain.property.NewProperty;
import dev.leaseport.domain.property.Property;
import dev.leaseport.domain.property.PropertyFilter;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.property.PropertyType;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import dev.leaseport.domain.unit.NewUnit;
import dev.leaseport.domain.unit.UnitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A demo owner ({@value #OWNER_EMAIL}) with two properties and their units, made through the use
 * cases. Mint a token for that e-mail to see them. Runs once: skipped when the owner has data.
 */
@ApplicationScoped
public class DemoData {
  public static final String OWNER_EMAIL = "demo.owner@leaseport.test";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject ListProperties listProperties;
  @Inject CreateProperty createProperty;
  @Inject CreateUnit createUnit;

  public void load() {
    Caller owner =
        new Caller(LocalTokenIssuer.subjectFor(OWNER_EMAIL), OWNER_EMAIL, true, UserType.OWNER);
    var existing =
        listProperties.execute(
            owner,
            PropertyFilter.none(),
            Sort.ascending(PropertySortField.NAME),
            new PageRequest(1, 0));
    if (existing.total() > 0) {
      LOG.info("Demo data already present for " + OWNER_EMAIL);
      return;
    }
    Property maple =
        property(owner, "Maple Court", "12 Maple Street", "Springfield", PropertyType.APARTMENT);
    unit(owner, maple, "1A", 1, "1", 650, 120_000, UnitStatus.VACANT);
    unit(owner, maple, "1B", 2, "1", 820, 145_000, UnitStatus.VACANT);
    unit(owner, maple, "2A", 2, "1.5", 880, 155_000, UnitStatus.MAINTENANCE);
    Property cedar =
        property(owner, "Cedar House", "4 Cedar Lane", "Shelbyville", PropertyType.SINGLE_FAMILY);
    unit(owner, cedar, "Main", 3, "2.5", 1_600, 240_000, UnitStatus.VACANT);
    LOG.info("Demo data loaded: mint a token for " + OWNER_EMAIL + " to see it");
  }

  private Property property(
      Caller owner, String name, String line1, String city, PropertyType type) {
    return createProperty.execute(
        owner,
        new NewProperty(
            name,
            new Address(
                line1, Optional.empty(), city, Optional.of("IL"), Optional.of("62701"), "US"),
            type,
            PropertyStatus.ACTIVE,
            Optional.of("Demo property")));
  }

  private void unit(
      Caller owner,
      Property property,
      String number,
      int bedrooms,
      String bathrooms,
      int squareFeet,
      long rent,
      UnitStatus status) {
    createUnit.execute(
        owner,
        new NewUnit(
            property.id(),
            number,
            bedrooms,
            new BigDecimal(bathrooms),
            squareFeet,
            new Money(rent, "usd"),
            status));
  }
}
