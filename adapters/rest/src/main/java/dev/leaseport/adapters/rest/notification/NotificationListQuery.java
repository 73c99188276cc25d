package dev.leaseport.adapters.rest.notification;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.domain.shared.PageRequest;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of {@code GET /notifications}: always newest first, so no sort parameter. */
public class NotificationListQuery {
  @QueryParam("unread")
  @Parameter(description = "true: only the unread ones")
  String unread;

  @QueryParam("limit")
  @Parameter(description = "1..100, default 20")
  String limit;

  @QueryParam("offset")
  @Parameter(description = "0..1000000, default 0")
  String offset;

  boolean unreadOnly() {
    if (unread == null || unread.equals("false")) {
      return false;
    }
    if (unread.equals("true")) {
      return true;
    }
    throw ApiProblem.invalidParameter("unread must be true or false");
  }

  PageRequest page() {
    return ListParameters.page(limit, offset);
  }
}
