package dev.leaseport.adapters.rest.expense;

import dev.leaseport.adapters.rest.request.JsonMediaTypes;
import dev.leaseport.adapters.rest.request.Preconditions;
import dev.leaseport.adapters.rest.response.Created;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.expense.CreateExpense;
import dev.leaseport.application.expense.DeleteExpense;
import dev.leaseport.application.expense.GetExpense;
import dev.leaseport.application.expense.ListExpenses;
import dev.leaseport.application.expense.UpdateExpense;
import dev.leaseport.domain.identity.UserType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/expenses}: owners only; another owner's expense is 404. */
@Path("/api/v1/expenses")
@AllowedUserTypes(UserType.OWNER)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Expenses")
public class ExpensesResource {
  @Inject AuthenticatedCaller caller;
  @Inject CreateExpense create;
  @Inject ListExpenses list;
  @Inject GetExpense get;
  @Inject UpdateExpense update;
  @Inject DeleteExpense delete;

  @POST
  @Created
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record an expense",
      description =
          "The property, and the unit and maintenance request when given, must be the caller's;"
              + " the unit must belong to the property (422).")
  public ExpenseJson create(NewExpenseRequest request) {
    return ExpenseJson.of(create.execute(caller.get(), request.toCommand()));
  }

  @GET
  @Operation(
      summary = "List the caller's expenses",
      description = "sort: incurredOn (default, newest first with -), amount.")
  public ListEnvelope<ExpenseJson> list(@BeanParam ExpenseListQuery query) {
    return ListEnvelope.of(
        list.execute(caller.get(), query.filter(), query.sort(), query.page()), ExpenseJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one expense")
  public ExpenseJson get(@PathParam("id") UUID id) {
    return ExpenseJson.of(get.execute(caller.get(), id));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, JsonMediaTypes.MERGE_PATCH})
  @Operation(summary = "Change an expense")
  public ExpenseJson update(
      @PathParam("id") UUID id,
      ExpensePatchRequest request,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    var expected = Preconditions.ifMatch(ifMatch);
    return ExpenseJson.of(update.execute(caller.get(), id, request.toChanges(), expected));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an expense")
  public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    delete.execute(caller.get(), id, Preconditions.ifMatch(ifMatch));
  }
}
