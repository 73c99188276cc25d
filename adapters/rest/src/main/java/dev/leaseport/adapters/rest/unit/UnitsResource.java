package dev.leaseport.adapters.rest.unit;

import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.unit.DeleteUnit;
import dev.leaseport.application.unit.GetUnit;
import dev.leaseport.application.unit.ListUnits;
import dev.leaseport.application.unit.UpdateUnit;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/units}: reads are scoped by row-level security (owners their own units, tenants
 * the unit of their lease); writes are owners only.
 */
@Path(UnitsResource.PATH)
@AllowedUserTypes({UserType.OWNER, UserType.TENANT})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units")
public class UnitsResource {
  static final String PATH = "/api/v1/units";

  @Inject AuthenticatedCaller caller;
  @Inject GetUnit get;
  @Inject ListUnits list;
  @Inject UpdateUnit update;
  @Inject DeleteUnit delete;

  @GET
  @Operation(
      summary = "List units across properties",
      description = "sort: unitNumber, createdAt, rentAmount, bedrooms.")
  public ListEnvelope<UnitJson> list(@BeanParam UnitListQuery.AcrossProperties query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), UnitJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one unit")
  public UnitJson get(@PathParam("id") UUID id) {
    return UnitJson.of(get.execute(caller.get(), id));
  }

  @PATCH
  @AllowedUserTypes(UserType.OWNER)
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(summary = "Change a unit")
  public UnitJson update(
      @PathParam("id") UUID id,
      UnitPatchRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return UnitJson.of(update.execute(caller.get(), id, request.toChanges(), expected));
  }

  @DELETE
  @AllowedUserTypes(UserType.OWNER)
  @Path("{id}")
  @Operation(summary = "Delete a unit", description = "409 once it has leases.")
  public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    delete.execute(caller.get(), id, Preconditions.ifMatch(ifMatch));
  }
}
