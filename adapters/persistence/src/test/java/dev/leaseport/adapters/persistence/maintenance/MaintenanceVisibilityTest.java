package dev.leaseport.adapters.persistence.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.maintenance.MaintenanceFilter;
import dev.leaseport.domain.maintenance.MaintenanceRequest;
import dev.leaseport.domain.maintenance.MaintenanceSortField;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who sees and files which request: the renter sees what they filed and what concerns the unit they
 * lease now; the neighbour, another renter of the same owner, sees none of it.
 */
class MaintenanceVisibilityTest extends MaintenanceTest {

  @Test
  void theNeighbourSeesNeitherTheRenterNorTheUnitsRequestsNorTheirHistory() {
    MaintenanceRequest renters = file(renter, unit, "Leaking tap");
    MaintenanceRequest owners = file(owner, unit, "Boiler service");

    assertThat(visibleTo(neighbour)).isEmpty();
    assertThat(read(neighbour, renters.id())).isEmpty();
    assertThat(read(neighbour, owners.id())).isEmpty();
    assertThat(as(neighbour, () -> requests.history(renters.id(), new PageRequest(20, 0))))
        .isEmpty();
  }

  @Test
  void theRenterSeesWhatTheyFiledAndWhatTheOwnerFiledForTheirUnitButNotTheNeighbours() {
    MaintenanceRequest renters = file(renter, unit, "Leaking tap");
    MaintenanceRequest owners = file(owner, unit, "Boiler service");
    MaintenanceRequest neighbours = file(neighbour, neighboursUnit, "Broken window");

    assertThat(visibleTo(renter)).containsExactlyInAnyOrder(renters.id(), owners.id());
    assertThat(visibleTo(neighbour)).containsExactly(neighbours.id());
    assertThat(visibleTo(owner))
        .containsExactlyInAnyOrder(renters.id(), owners.id(), neighbours.id());
  }

  @Test
  void afterTheLeaseEndsTheRenterKeepsWhatTheyFiledAndLosesTheRestOfTheUnit() {
    MaintenanceRequest renters = file(renter, unit, "Leaking tap");
    MaintenanceRequest owners = file(owner, unit, "Boiler service");

    endLease(lease);

    assertThat(visibleTo(renter)).containsExactly(renters.id());
    assertThat(as(renter, () -> requests.history(renters.id(), new PageRequest(20, 0))))
        .hasValueSatisfying(page -> assertThat(page.total()).isEqualTo(1));
    assertThat(read(renter, owners.id())).isEmpty();
  }

  @Test
  void theNextRenterOfTheUnitSeesItsRequestsButNotWhatTheLastRenterFiledElsewhere() {
    MaintenanceRequest renters = file(renter, unit, "Leaking tap");
    endLease(lease);
    Caller next = newTenant();
    leaseOf(owner, unit, next, "ACTIVE");

    assertThat(visibleTo(next)).containsExactly(renters.id());
  }

  @Test
  void aRenterCannotFileForAUnitTheyDoNotLeaseNow() {
    endLease(lease);

    for (UUID other : List.of(unit, neighboursUnit, UUID.randomUUID())) {
      assertThatThrownBy(() -> file(renter, other, "Mine?"))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.getMessage()).contains("Unit"));
    }
    assertThat(database().count("select count(*) from leaseport.maintenance_requests")).isZero();
  }

  @Test
  void aRenterCannotFileUnderALeaseStillAwaitingSignatures() {
    Caller signing = newTenant();
    UUID spare = unitOf(owner, property, "2A");
    leaseOf(owner, spare, signing, "PENDING_SIGNATURE");

    assertThatThrownBy(() -> file(signing, spare, "Before moving in"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anotherOwnerCannotFileForTheUnitNorSeeItsRequests() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");
    Caller stranger = newOwner();

    assertThatThrownBy(() -> file(stranger, unit, "Not mine"))
        .isInstanceOf(NotFoundException.class);
    assertThat(read(stranger, filed.id())).isEmpty();
  }

  @Test
  void theRenterFilesUnderTheirLeaseAndTheUnitsCurrency() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    assertThat(filed.leaseId()).hasValue(lease);
    assertThat(filed.requestedBy()).isEqualTo(renter.userId());
    assertThat(filed.ownerId()).isEqualTo(owner.userId());
    assertThat(filed.currency()).isEqualTo("usd");
    assertThat(filed.unit().unitNumber()).hasValue("1A");
    assertThat(filed.unit().propertyId()).hasValue(property);
  }

  @Test
  void nobodyFilesInAnotherUsersName() {
    assertThat(refusal(owner, insertAs(renter.userId(), null))).isPresent();
    assertThat(refusal(renter, insertAs(neighbour.userId(), lease))).isPresent();
    assertThat(refusal(renter, insertAs(renter.userId(), lease))).isEmpty();
  }

  @Test
  void aRenterCannotNameTheirLeaseForAnotherUnit() {
    String sql =
        "insert into leaseport.maintenance_requests (owner_id, unit_id, lease_id, requested_by,"
            + " title) values ('"
            + owner.userId()
            + "', '"
            + neighboursUnit
            + "', '"
            + lease
            + "', '"
            + renter.userId()
            + "', 'Wrong unit')";

    assertThat(refusal(renter, sql)).isPresent();
    assertThat(database().count("select count(*) from leaseport.maintenance_requests")).isZero();
  }

  @Test
  void aRenterCannotChangeARequestDirectly() {
    MaintenanceRequest filed = file(renter, unit, "Leaking tap");

    int changed =
        as(
            renter,
            () ->
                transactions
                    .dsl()
                    .execute(
                        "update leaseport.maintenance_requests set status = 'CANCELLED',"
                            + " priority = 'URGENT' where id = '"
                            + filed.id()
                            + "'"));

    assertThat(changed).isZero();
    assertThat(events(filed.id())).isEqualTo(1);
  }

  private String insertAs(UUID requestedBy, UUID lease) {
    return "insert into leaseport.maintenance_requests (owner_id, unit_id, lease_id, requested_by,"
        + " title) values ('"
        + owner.userId()
        + "', '"
        + unit
        + "', "
        + (lease == null ? "null" : "'" + lease + "'")
        + ", '"
        + requestedBy
        + "', 'Forged')";
  }

  private Optional<String> refusal(Caller caller, String sql) {
    try {
      as(caller, () -> transactions.dsl().execute(sql));
      return Optional.empty();
    } catch (DomainException e) {
      return Optional.of(e.code());
    }
  }

  private List<UUID> visibleTo(Caller caller) {
    return as(
            caller,
            () ->
                requests.list(
                    MaintenanceFilter.none(),
                    Sort.ascending(MaintenanceSortField.CREATED_AT),
                    new PageRequest(100, 0)))
        .items()
        .stream()
        .map(MaintenanceRequest::id)
        .toList();
  }
}
