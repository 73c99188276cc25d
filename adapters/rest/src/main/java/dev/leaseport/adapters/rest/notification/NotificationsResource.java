package dev.leaseport.adapters.rest.notification;

import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.notification.ListNotifications;
import dev.leaseport.application.notification.MarkAllNotificationsRead;
import dev.leaseport.application.notification.MarkNotificationRead;
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

/** {@code /api/v1/notifications}: each user sees and marks only their own; others' are 404. */
@Path("/api/v1/notifications")
@AllowedUserTypes({UserType.OWNER, UserType.TENANT})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {
  @Inject AuthenticatedCaller caller;
  @Inject ListNotifications list;
  @Inject MarkNotificationRead markRead;
  @Inject MarkAllNotificationsRead markAllRead;

  @GET
  @Operation(summary = "List the caller's notifications", description = "Newest first.")
  public ListEnvelope<NotificationJson> list(@BeanParam NotificationListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.unreadOnly(), query.page()), NotificationJson::of);
  }

  @POST
  @Path("{id}/read")
  @Operation(
      summary = "Mark a notification read",
      description = "Idempotent: marking it again keeps the first time.")
  public NotificationJson read(@PathParam("id") UUID id) {
    return NotificationJson.of(markRead.execute(caller.get(), id));
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark every unread notification of the caller read")
  public MarkedReadJson readAll() {
    return new MarkedReadJson(markAllRead.execute(caller.get()));
  }
}
