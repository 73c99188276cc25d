package dev.leaseport.adapters.rest.maintenance;

import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.maintenance.CancelMaintenanceRequest;
import dev.leaseport.application.maintenance.FileMaintenanceRequest;
import dev.leaseport.application.maintenance.GetMaintenanceRequest;
import dev.leaseport.application.maintenance.ListMaintenanceEvents;
import dev.leaseport.application.maintenance.ListMaintenanceRequests;
import dev.leaseport.application.maintenance.UpdateMaintenanceRequest;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.maintenance.MaintenanceCancellation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/maintenance-requests}: row-level security scopes every read (an owner's requests;
 * a renter's own and those of the unit they lease now). Every illegal move is 409 {@code
 * maintenance-state-conflict} naming the current state; every status change is in the history.
 */
@Path("/api/v1/maintenance-requests")
@AllowedUserTypes({UserType.OWNER, UserType.TENANT})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Maintenance")
public class MaintenanceRequestsResource {
  @Inject AuthenticatedCaller caller;
  @Inject FileMaintenanceRequest file;
  @Inject ListMaintenanceRequests list;
  @Inject GetMaintenanceRequest get;
  @Inject ListMaintenanceEvents events;
  @Inject UpdateMaintenanceRequest update;
  @Inject CancelMaintenanceRequest cancel;

  @POST
  @Created
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "File a maintenance request",
      description =
          "A renter for the unit of an ACTIVE lease of theirs, an owner for any unit of theirs;"
              + " any other unit is 404. The owner is notified of a renter's request.")
  @APIResponseSchema(value = MaintenanceRequestJson.class, responseCode = "201")
  public MaintenanceRequestJson file(NewMaintenanceRequestBody body) {
    return MaintenanceRequestJson.of(file.execute(caller.get(), body.toCommand()));
  }

  @GET
  @Operation(
      summary = "List the maintenance requests the caller may see",
      description = "sort: createdAt (default -createdAt), priority, status.")
  public ListEnvelope<MaintenanceRequestJson> list(@BeanParam MaintenanceListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()),
        MaintenanceRequestJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one maintenance request")
  public MaintenanceRequestJson get(@PathParam("id") UUID id) {
    return MaintenanceRequestJson.of(get.execute(caller.get(), id));
  }

  @GET
  @Path("{id}/events")
  @Operation(
      summary = "Read a request's history",
      description = "The filing and every status change, oldest first, with actor and note.")
  public ListEnvelope<MaintenanceEventJson> events(
      @PathParam("id") UUID id, @BeanParam MaintenanceEventListQuery query) {
    return ListEnvelope.of(
        events.execute(caller.get(), id, query.page()), MaintenanceEventJson::of);
  }

  @PATCH
  @Path("{id}")
  @AllowedUserTypes(UserType.OWNER)
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(
      summary = "Schedule, price or move a request",
      description =
          "OPEN → IN_PROGRESS | ON_HOLD | CANCELLED, IN_PROGRESS ↔ ON_HOLD, IN_PROGRESS →"
              + " COMPLETED (sets completedAt); anything else is 409. Costs are in the request's"
              + " currency.")
  public MaintenanceRequestJson update(
      @PathParam("id") UUID id,
      MaintenancePatchBody body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return MaintenanceRequestJson.of(update.execute(caller.get(), id, body.toChanges(), expected));
  }

  @POST
  @Path("{id}/cancel")
  @AllowedUserTypes(UserType.TENANT)
  @Operation(
      summary = "Withdraw an OPEN request you filed",
      description = "409 once work has started; 403 for a request somebody else filed.")
  public MaintenanceRequestJson cancel(@PathParam("id") UUID id) {
    return MaintenanceRequestJson.of(
        cancel.execute(caller.get(), id, new MaintenanceCancellation(Optional.empty())));
  }
}
