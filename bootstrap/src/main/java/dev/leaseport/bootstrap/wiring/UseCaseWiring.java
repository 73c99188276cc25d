package dev.leaseport.bootstrap.wiring;

import dev.leaseport.application.identity.GetMyProfile;
import dev.leaseport.application.identity.ProvisionCaller;
import dev.leaseport.application.identity.UpdateMyProfile;
import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.property.DeleteProperty;
import dev.leaseport.application.property.GetProperty;
import dev.leaseport.application.property.ListProperties;
import dev.leaseport.application.property.UpdateProperty;
import dev.leaseport.application.unit.CreateUnit;
import dev.leaseport.application.unit.DeleteUnit;
import dev.leaseport.application.unit.GetUnit;
import dev.leaseport.application.unit.ListUnits;
import dev.leaseport.application.unit.UpdateUnit;
import dev.leaseport.domain.identity.UserAccountProvisioning;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The use cases are plain Java with constructor arguments; this is the one place that knows which
 * adapter fills which port. Use cases are stateless, so {@code @ApplicationScoped} producers would
 * need proxies: {@code @Dependent} ones are cheap to build instead.
 */
@ApplicationScoped
public class UseCaseWiring {

  @Produces
  ProvisionCaller provisionCaller(UserAccountProvisioning provisioning) {
    return new ProvisionCaller(provisioning);
  }

  @Produces
  GetMyProfile getMyProfile(UserTransactions tx, UserProfileRepository profiles) {
    return new GetMyProfile(tx, profiles);
  }

  @Produces
  UpdateMyProfile updateMyProfile(UserTransactions tx, UserProfileRepository profiles) {
    return new UpdateMyProfile(tx, profiles);
  }

  @Produces
  CreateProperty createProperty(UserTransactions tx, PropertyRepository properties) {
    return new CreateProperty(tx, properties);
  }

  @Produces
  GetProperty getProperty(UserTransactions tx, PropertyRepository properties) {
    return new GetProperty(tx, properties);
  }

  @Produces
  ListProperties listProperties(UserTransactions tx, PropertyRepository properties) {
    return new ListProperties(tx, properties);
  }

  @Produces
  UpdateProperty updateProperty(UserTransactions tx, PropertyRepository properties) {
    return new UpdateProperty(tx, properties);
  }

  @Produces
  DeleteProperty deleteProperty(UserTransactions tx, PropertyRepository properties) {
    return new DeleteProperty(tx, properties);
  }

  @Produces
  CreateUnit createUnit(UserTransactions tx, UnitRepository units) {
    return new CreateUnit(tx, units);
  }

  @Produces
  GetUnit getUnit(UserTransactions tx, UnitRepository units) {
    return new GetUnit(tx, units);
  }

  @Produces
  ListUnits listUnits(UserTransactions tx, PropertyRepository properties, UnitRepository units) {
    return new ListUnits(tx, properties, units);
  }

  @Produces
  UpdateUnit updateUnit(UserTransactions tx, UnitRepository units) {
    return new UpdateUnit(tx, units);
  }

  @Produces
  DeleteUnit deleteUnit(UserTransactions tx, UnitRepository units) {
    return new DeleteUnit(tx, units);
  }
}
