package dev.leaseport.adapters.rest.invitation;

import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.request.ListQuery;
import dev.leaseport.domain.invitation.InvitationFilter;
import dev.leaseport.domain.invitation.InvitationSortField;
import dev.leaseport.domain.invitation.InvitationState;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /invitations}: newest first unless sorted by createdAt or expiresAt. */
public class InvitationListQuery extends ListQuery<InvitationSortField> {
  @QueryParam("status")
  @Parameter(description = "PENDING, ACCEPTED, REVOKED or EXPIRED (pending past its expiry)")
  String status;

  @QueryParam("tenantId")
  String tenantId;

  public InvitationListQuery() {
    super(
        Map.of(
            "createdAt", InvitationSortField.CREATED_AT,
            "expiresAt", InvitationSortField.EXPIRES_AT),
        new Sort<>(InvitationSortField.CREATED_AT, Direction.DESCENDING));
  }

  InvitationFilter filter() {
    return new InvitationFilter(
        ListParameters.enumeration("status", status, InvitationState.class),
        ListParameters.uuid("tenantId", tenantId));
  }
}
