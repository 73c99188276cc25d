package dev.leaseport.adapters.rest.lease;

import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.lease.CancelLease;
import dev.leaseport.application.lease.CreateLease;
import dev.leaseport.application.lease.GetLease;
import dev.leaseport.application.lease.ListLeases;
import dev.leaseport.application.lease.RenewLease;
import dev.leaseport.application.lease.SendLease;
import dev.leaseport.application.lease.SignLease;
import dev.leaseport.application.lease.TerminateLease;
import dev.leaseport.application.lease.UpdateLease;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/leases}: owners draft, send, terminate, renew and cancel their leases; the owner
 * and the renters on a lease read and sign it (row-level security scopes both). Every illegal move
 * is 409 {@code lease-state-conflict} naming the current state.
 */
@Path(LeasesResource.PATH)
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leases")
public class LeasesResource {
  static final String PATH = "/api/v1/leases";

  @Inject AuthenticatedCaller caller;
  @Inject CreateLease create;
  @Inject ListLeases list;
  @Inject GetLease get;
  @Inject UpdateLease update;
  @Inject SendLease send;
  @Inject SignLease sign;
  @Inject TerminateLease terminate;
  @Inject RenewLease renew;
  @Inject CancelLease cancel;
  @Context HttpServletRequest request;

  @POST
  @Created
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draft a lease", description = "Unit and tenants must be the owner's own.")
  @APIResponseSchema(value = LeaseJson.class, responseCode = "201")
  public LeaseJson create(NewLeaseRequest body) {
    return LeaseJson.of(create.execute(caller.get(), body.toCommand()));
  }

  @GET
  @Operation(
      summary = "List the caller's leases",
      description = "sort: startDate, endDate, createdAt, rentAmount.")
  public ListEnvelope<LeaseJson> list(@BeanParam LeaseListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), LeaseJson::of);
  }

  @GET
  @Path("{id}")
  @AllowedUserTypes({UserType.OWNER, UserType.TENANT})
  @Operation(summary = "Read one lease", description = "A renter reads a lease they are party to.")
  public LeaseJson get(@PathParam("id") UUID id) {
    return LeaseJson.of(get.execute(caller.get(), id));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(summary = "Change a DRAFT's terms")
  public LeaseJson update(
      @PathParam("id") UUID id,
      LeasePatchRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return LeaseJson.of(update.execute(caller.get(), id, body.toChanges(), expected));
  }

  @POST
  @Path("{id}/send")
  @Operation(
      summary = "Send a DRAFT for signature",
      description = "Needs one PRIMARY tenant; 409 lease-overlap when the unit is let then.")
  public LeaseJson send(@PathParam("id") UUID id) {
    return LeaseJson.of(send.execute(caller.get(), id));
  }

  @POST
  @Path("{id}/sign")
  @AllowedUserTypes({UserType.OWNER, UserType.TENANT})
  @Operation(
      summary = "Sign a lease",
      description =
          "Once each; ACTIVE, with its unit OCCUPIED, when the owner and the PRIMARY tenant have"
              + " signed.")
  public LeaseJson sign(@PathParam("id") UUID id) {
    return LeaseJson.of(
        sign.execute(
            caller.get(), id, SigningContexts.of(request, request.getHeader("User-Agent"))));
  }

  @POST
  @Path("{id}/terminate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Terminate an ACTIVE lease early",
      description =
          "The effective date is the last day; later unpaid rent charges are voided and the"
              + " current month's is cut to its days.")
  public LeaseJson terminate(@PathParam("id") UUID id, TerminateLeaseRequest body) {
    return LeaseJson.of(terminate.execute(caller.get(), id, body.toCommand()));
  }

  @POST
  @Path("{id}/renew")
  @Created(PATH)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Renew an ACTIVE or ENDED lease",
      description = "Drafts the next term from the day after the end date, with the same tenants.")
  @APIResponseSchema(value = LeaseJson.class, responseCode = "201")
  public LeaseJson renew(@PathParam("id") UUID id, RenewLeaseRequest body) {
    return LeaseJson.of(renew.execute(caller.get(), id, body.toCommand()));
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Cancel a DRAFT or PENDING_SIGNATURE lease")
  public LeaseJson cancel(@PathParam("id") UUID id) {
    return LeaseJson.of(cancel.execute(caller.get(), id));
  }
}
