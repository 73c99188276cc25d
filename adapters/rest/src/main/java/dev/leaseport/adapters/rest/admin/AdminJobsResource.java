package dev.leaseport.adapters.rest.admin;

import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.adapters.rest.request.ListParameters;
import dev.leaseport.adapters.rest.response.ListEnvelope;
import dev.leaseport.adapters.rest.security.AllowedUserTypes;
import dev.leaseport.adapters.rest.security.AuthenticatedCaller;
import dev.leaseport.application.job.ListJobRuns;
import dev.leaseport.application.job.RunJob;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.job.JobAttempt;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/admin/jobs}: the scheduled jobs' records, and running a job by hand. */
@Path("/api/v1/admin/jobs")
@AllowedUserTypes(UserType.ADMIN)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
public class AdminJobsResource {
  @Inject AuthenticatedCaller caller;
  @Inject ListJobRuns list;
  @Inject RunJob run;

  @GET
  @Operation(
      summary = "List job runs",
      description = "One record per job and date, the most recently started first.")
  public ListEnvelope<JobRunJson> list(
      @QueryParam("limit") @Parameter(description = "1..100, default 20") String limit,
      @QueryParam("offset") @Parameter(description = "0..1000000, default 0") String offset) {
    return ListEnvelope.of(
        list.execute(caller.get(), ListParameters.page(limit, offset)), JobRunJson::of);
  }

  /**
   * The body is optional, so it is read here rather than by the record reader, which requires one;
   * a body that is there is read as strictly.
   */
  @POST
  @Path("{name}/run")
  @Operation(
      summary = "Run a job for a date",
      description =
          "For today (UTC) unless asOf names an earlier date (a back-fill). 201: this request ran"
              + " the job (its outcome may be FAILED; a failed date may be run again). 200: the"
              + " date had already succeeded, and its record is returned unchanged.")
  @RequestBody(
      required = false,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RunJobRequest.class)))
  @APIResponse(
      responseCode = "201",
      description = "Ran now",
      content = @Content(schema = @Schema(implementation = JobRunJson.class)))
  @APIResponse(
      responseCode = "200",
      description = "Already done for that date",
      content = @Content(schema = @Schema(implementation = JobRunJson.class)))
  public Response run(@PathParam("name") String name, String body) {
    RunJobRequest request =
        body == null || body.isBlank()
            ? RunJobRequest.EMPTY
            : JsonRecords.read(RunJobRequest.class, body);
    JobAttempt attempt = run.execute(caller.get(), name, request.date());
    return Response.status(attempt.ranNow() ? Response.Status.CREATED : Response.Status.OK)
        .entity(JobRunJson.of(attempt.run()))
        .build();
  }
}
