package dev.leaseport.adapters.rest.paymentmethod;

import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.paymentmethod.GetLeaseAutopay;
import dev.leaseport.application.paymentmethod.SetLeaseAutopay;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/leases/{id}/autopay}: a renter of the lease turns autopay on or off; the owner and
 * the renters read it. Only the autopay fields change, never the lease's rent or terms.
 */
@Path("/api/v1/leases/{id}/autopay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leases")
public class LeaseAutopayResource {
  @Inject AuthenticatedCaller caller;
  @Inject SetLeaseAutopay set;
  @Inject GetLeaseAutopay get;

  @GET
  @AllowedUserTypes({UserType.OWNER, UserType.TENANT})
  @Operation(summary = "Read a lease's autopay")
  public LeaseAutopayJson read(@PathParam("id") UUID id) {
    return LeaseAutopayJson.of(get.execute(caller.get(), id));
  }

  @PUT
  @AllowedUserTypes(UserType.TENANT)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Turn a lease's autopay on or off",
      description =
          "A renter of the lease, with one of their own saved methods (another's is 404). The"
              + " autopay job pays the lease's due open charges with it, off-session. Turning it on"
              + " needs a lease sent for signature or active (409 otherwise).")
  public LeaseAutopayJson change(@PathParam("id") UUID id, LeaseAutopayRequest body) {
    return LeaseAutopayJson.of(set.execute(caller.get(), id, body.toCommand()));
  }
}
