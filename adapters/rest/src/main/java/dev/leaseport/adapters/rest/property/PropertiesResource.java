package dev.leaseport.adapters.rest.property;

import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.property.ArchiveProperty;
import dev.leaseport.application.property.CreateProperty;
import dev.leaseport.application.property.DeleteProperty;
import dev.leaseport.application.property.GetProperty;
import dev.leaseport.application.property.ListProperties;
import dev.leaseport.application.property.UpdateProperty;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/properties}: owners only; another owner's property is 404. */
@Path("/api/v1/properties")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Properties")
public class PropertiesResource {
  @Inject AuthenticatedCaller caller;
  @Inject CreateProperty create;
  @Inject GetProperty get;
  @Inject ListProperties list;
  @Inject UpdateProperty update;
  @Inject DeleteProperty delete;
  @Inject ArchiveProperty archive;

  @POST
  @Created
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a property")
  @APIResponseSchema(value = PropertyJson.class, responseCode = "201")
  public PropertyJson create(NewPropertyRequest request) {
    return PropertyJson.of(create.execute(caller.get(), request.toCommand()));
  }

  @GET
  @Operation(summary = "List the caller's properties", description = "sort: name, createdAt, city.")
  public ListEnvelope<PropertyJson> list(@BeanParam PropertyListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), PropertyJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one property")
  public PropertyJson get(@PathParam("id") UUID id) {
    return PropertyJson.of(get.execute(caller.get(), id));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(summary = "Change a property")
  public PropertyJson update(
      @PathParam("id") UUID id,
      PropertyPatchRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return PropertyJson.of(update.execute(caller.get(), id, request.toChanges(), expected));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a property and its units", description = "409 once it has leases.")
  public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    delete.execute(caller.get(), id, Preconditions.ifMatch(ifMatch));
  }

  @POST
  @Path("{id}/archive")
  @Operation(
      summary = "Archive a property",
      description =
          "Keeps it and its history but takes it out of use; already archived: unchanged.")
  public PropertyJson archive(@PathParam("id") UUID id) {
    return PropertyJson.of(archive.execute(caller.get(), id));
  }
}
