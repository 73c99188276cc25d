package dev.leaseport.adapters.rest.webhook;

import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.webhook.ListPaymentEvents;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/admin/webhook-events}: admins review what Stripe sent and what it did. */
@Path("/api/v1/admin/webhook-events")
@AllowedUserTypes(UserType.ADMIN)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class WebhookEventsResource {
  @Inject AuthenticatedCaller caller;
  @Inject ListPaymentEvents list;

  @GET
  @Operation(
      summary = "List received Stripe events",
      description = "Filters: outcome, type. sort: receivedAt (default -receivedAt), created.")
  public ListEnvelope<ReceivedPaymentEventJson> list(@BeanParam PaymentEventListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()),
        ReceivedPaymentEventJson::of);
  }
}
