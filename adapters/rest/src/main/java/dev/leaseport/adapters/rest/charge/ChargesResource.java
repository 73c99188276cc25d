package dev.leaseport.adapters.rest.charge;

import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.charge.GetCharge;
import dev.leaseport.application.charge.ListCharges;
import dev.leaseport.application.charge.VoidCharge;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/charges}: the owner's charges, or a renter's (those of the leases they are party
 * to; row-level security scopes both), each with its balance; owners void unpaid ones.
 */
@Path(ChargesResource.PATH)
@AllowedUserTypes({UserType.OWNER, UserType.TENANT})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charges")
public class ChargesResource {
  static final String PATH = "/api/v1/charges";

  @Inject AuthenticatedCaller caller;
  @Inject ListCharges list;
  @Inject GetCharge get;
  @Inject VoidCharge voidCharge;

  @GET
  @Operation(
      summary = "List charges",
      description =
          "Filters leaseId, status, kind, dueFrom, dueTo (dates, both included); sort: dueDate,"
              + " createdAt, amount.")
  public ListEnvelope<ChargeJson> list(@BeanParam ChargeListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), ChargeJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one charge with its balance")
  public ChargeJson get(@PathParam("id") UUID id) {
    return ChargeJson.of(get.execute(caller.get(), id));
  }

  @POST
  @Path("{id}/void")
  @AllowedUserTypes(UserType.OWNER)
  @Operation(
      summary = "Void an OPEN charge with no payment",
      description = "409 charge-state-conflict when it is not OPEN or a payment touched it.")
  public ChargeJson voidCharge(@PathParam("id") UUID id) {
    return ChargeJson.of(voidCharge.execute(caller.get(), id));
  }
}
