package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.domain.invitation.InvitationToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /invitations/accept}: the token only. Who accepts comes from the bearer
 * token; a {@code userId} or {@code email} field is refused as unknown, so it is visibly never
 * read.
 */
@Schema(
    name = "AcceptInvitation",
    requiredProperties = {"token"},
    example = ApiExamples.ACCEPT_INVITATION)
public record AcceptInvitationRequest(String token) {

  InvitationToken toToken() {
    return new InvitationToken(token);
  }
}
