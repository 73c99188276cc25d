package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.invitation.AcceptInvitation;
import dev.leaseport.application.invitation.CreateInvitation;
import dev.leaseport.application.invitation.GetInvitation;
import dev.leaseport.application.invitation.ListInvitations;
import dev.leaseport.application.invitation.RevokeInvitation;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/invitations}: owners invite the renters of their tenant records; a renter (TENANT)
 * accepts with the token of their link.
 */
@Path("/api/v1/invitations")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations")
public class InvitationsResource {
  @Inject AuthenticatedCaller caller;
  @Inject InvitationLinks links;
  @Inject CreateInvitation create;
  @Inject GetInvitation get;
  @Inject ListInvitations list;
  @Inject RevokeInvitation revoke;
  @Inject AcceptInvitation accept;

  @POST
  @Created
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Invite the renter of a tenant record",
      description =
          "Answers the token and acceptUrl once: only the token's SHA-256 is stored. The e-mail"
              + " is the tenant record's; the link expires after LEASEPORT_INVITATION_TTL. An"
              + " archived or already linked record is 409 conflict.")
  @APIResponseSchema(value = IssuedInvitationJson.class, responseCode = "201")
  public IssuedInvitationJson create(NewInvitationRequest request) {
    return IssuedInvitationJson.of(
        create.execute(caller.get(), request.tenant(), request.unit()), links);
  }

  @GET
  @Operation(
      summary = "List the caller's invitations",
      description = "Newest first by default; sort: createdAt, expiresAt.")
  public ListEnvelope<InvitationJson> list(@BeanParam InvitationListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), InvitationJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one invitation (never its token)")
  public InvitationJson get(@PathParam("id") UUID id) {
    return InvitationJson.of(get.execute(caller.get(), id));
  }

  @POST
  @Path("{id}/revoke")
  @Operation(
      summary = "Revoke an invitation",
      description = "Its token stops working; already revoked: unchanged; accepted: 409.")
  public InvitationJson revoke(@PathParam("id") UUID id) {
    return InvitationJson.of(revoke.execute(caller.get(), id));
  }

  @POST
  @Path("accept")
  @AllowedUserTypes(UserType.TENANT)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Accept an invitation (renters)",
      description =
          "Links the caller to the owner's tenant record. The caller's verified e-mail must be"
              + " the invitation's (403 forbidden otherwise). 404 unknown token; 409"
              + " invitation-used, invitation-revoked, invitation-expired, tenant-already-linked.")
  public AcceptedInvitationJson accept(AcceptInvitationRequest request) {
    return AcceptedInvitationJson.of(accept.execute(caller.get(), request.toToken()));
  }
}
