package dev.leaseport.adapters.rest.tenant;

import dev.leaseport.adapters.rest.analytics.ReportJson;
import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.analytics.GetTenantPaymentHistory;
import dev.leaseport.application.tenant.ArchiveTenant;
import dev.leaseport.application.tenant.CreateTenant;
import dev.leaseport.application.tenant.GetTenant;
import dev.leaseport.application.tenant.ListTenants;
import dev.leaseport.application.tenant.UpdateTenant;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/tenants}: owners only; another owner's record is 404. */
@Path("/api/v1/tenants")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
public class TenantsResource {
  @Inject AuthenticatedCaller caller;
  @Inject CreateTenant create;
  @Inject GetTenant get;
  @Inject ListTenants list;
  @Inject UpdateTenant update;
  @Inject ArchiveTenant archive;
  @Inject GetTenantPaymentHistory paymentHistory;

  @POST
  @Created
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a tenant",
      description = "The e-mail is unique per owner whatever its case (409 duplicate).")
  @APIResponseSchema(value = TenantJson.class, responseCode = "201")
  public TenantJson create(NewTenantRequest request) {
    return TenantJson.of(create.execute(caller.get(), request.toCommand()));
  }

  @GET
  @Operation(
      summary = "List the caller's tenant records",
      description = "sort: lastName, email, createdAt.")
  public ListEnvelope<TenantJson> list(@BeanParam TenantListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), TenantJson::of);
  }

  @GET
  @Path("{id}/payment-history")
  @Operation(
      summary = "A tenant record's charges and payments",
      description =
          "The charges of every lease the record is on, newest due first, a page (limit, offset)"
              + " with the true total, each with its payments; totals per currency.")
  public JsonObject paymentHistory(
      @PathParam("id") UUID id,
      @QueryParam("limit") @Parameter(description = "1..100, default 20") String limit,
      @QueryParam("offset") @Parameter(description = "0..1000000, default 0") String offset) {
    return ReportJson.of(
        paymentHistory.execute(caller.get(), id, ListParameters.page(limit, offset)));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one tenant record")
  public TenantJson get(@PathParam("id") UUID id) {
    return TenantJson.of(get.execute(caller.get(), id));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(
      summary = "Change a tenant record",
      description = "userId cannot be written: only an accepted invitation links a user.")
  public TenantJson update(
      @PathParam("id") UUID id,
      TenantPatchRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return TenantJson.of(update.execute(caller.get(), id, request.toChanges(), expected));
  }

  @POST
  @Path("{id}/archive")
  @Operation(
      summary = "Archive a tenant record",
      description = "Records are kept, never deleted; already archived: unchanged.")
  public TenantJson archive(@PathParam("id") UUID id) {
    return TenantJson.of(archive.execute(caller.get(), id));
  }
}
