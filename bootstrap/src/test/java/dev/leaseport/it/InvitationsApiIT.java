package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.rest.ApiExamples;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations over HTTP: an owner invites the renter of a tenant record, the renter (a dev token
 * with the invited e-mail) accepts, the owner sees the record linked and is notified; and every way
 * acceptance fails.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationsApiIT {

  @Test
  void anOwnerInvitesARenterWhoAcceptsAndTheOwnerSeesTheRecordLinkedAndANotification() {
    String owner = Api.newUser("OWNER");
    String property = Api.createProperty(owner, "Elm Court");
    String unit = Api.createUnit(owner, property, "1A", 150_000);
    String email = newEmail();
    String tenant = Api.createTenant(owner, "Ana", "Lima", email);

    Response issued =
        as(owner).body(Map.of("tenantId", tenant, "unitId", unit)).post("/api/v1/invitations");

    assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(201);
    String invitation = issued.path("id");
    String token = issued.path("token");
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    assertThat(issued.<String>path("acceptUrl")).endsWith("/accept-invitation?token=" + token);
    assertThat(issued.<String>path("email")).isEqualTo(email);
    assertThat(issued.<String>path("status")).isEqualTo("PENDING");
    assertThat(issued.header("Location")).endsWith("/api/v1/invitations/" + invitation);
    Response stored = as(owner).get("/api/v1/invitations/" + invitation);
    assertThat(stored.jsonPath().getMap("")).doesNotContainKeys("token", "acceptUrl");
    assertThat(stored.asString()).doesNotContain(token);

    String renter = Api.token("TENANT", email);
    String renterId = as(renter).get("/api/v1/me").path("id");
    Response accepted = accept(renter, token);

    assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
    assertThat(accepted.jsonPath().getMap(""))
        .containsOnlyKeys("invitationId", "tenantId", "unitId", "acceptedAt");
    assertThat(accepted.<String>path("invitationId")).isEqualTo(invitation);
    assertThat(accepted.<String>path("tenantId")).isEqualTo(tenant);
    assertThat(accepted.<String>path("unitId")).isEqualTo(unit);
    assertThat(as(owner).get("/api/v1/tenants/" + tenant).<String>path("userId"))
        .isEqualTo(renterId);
    assertThat(as(owner).get("/api/v1/invitations/" + invitation).<String>path("status"))
        .isEqualTo("ACCEPTED");
    Response notifications = as(owner).get("/api/v1/notifications?unread=true");
    assertThat(notifications.<Integer>path("total")).isEqualTo(1);
    assertThat(notifications.<String>path("data[0].type")).isEqualTo("INVITATION_ACCEPTED");
    assertThat(notifications.<String>path("data[0].link")).isEqualTo("/api/v1/tenants/" + tenant);
    assertThat(notifications.<String>path("data[0].title"))
        .isEqualTo("Ana Lima accepted your invitation");
  }

  @Test
  void notificationsAreMarkedReadIdempotentlyAndOnlyByTheirRecipient() {
    String owner = Api.newUser("OWNER");
    String email = newEmail();
    String token = invite(owner, Api.createTenant(owner, "Ana", "Lima", email));
    String renter = Api.token("TENANT", email);
    accept(renter, token).then().statusCode(200);
    String notification = as(owner).get("/api/v1/notifications").path("data[0].id");

    assertProblem(
        as(renter).post("/api/v1/notifications/" + notification + "/read"), 404, "not-found");
    assertThat(as(renter).get("/api/v1/notifications").<Integer>path("total")).isZero();
    Response read = as(owner).post("/api/v1/notifications/" + notification + "/read");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.<Boolean>path("read")).isTrue();
    Response again = as(owner).post("/api/v1/notifications/" + notification + "/read");
    assertThat(again.<String>path("readAt")).isEqualTo(read.<String>path("readAt"));
    assertThat(again.header("ETag")).isEqualTo(read.header("ETag"));
    assertThat(as(owner).get("/api/v1/notifications?unread=true").<Integer>path("total")).isZero();
    assertThat(as(owner).post("/api/v1/notifications/read-all").<Integer>path("updated")).isZero();
    assertProblem(as(owner).get("/api/v1/notifications?unread=maybe"), 400, "invalid-parameter");
  }

  @Test
  void readAllMarksEveryUnreadNotificationOfTheCaller() {
    String owner = Api.newUser("OWNER");
    for (String name : List.of("Ana", "Bo")) {
      String email = newEmail();
      String token = invite(owner, Api.createTenant(owner, name, "Lima", email));
      accept(Api.token("TENANT", email), token).then().statusCode(200);
    }

    assertThat(as(owner).post("/api/v1/notifications/read-all").<Integer>path("updated"))
        .isEqualTo(2);
    assertThat(as(owner).get("/api/v1/notifications?unread=true").<Integer>path("total")).isZero();
    assertThat(as(owner).get("/api/v1/notifications").<Integer>path("total")).isEqualTo(2);
  }

  @Test
  void aRenterLinkedToTwoOwnersLearnsOnlyTheIdsOfTheInvitationTheyAccept() {
    String email = newEmail();
    String firstOwner = Api.newUser("OWNER");
    String firstRecord = Api.createTenant(firstOwner, "Secret", "Firstowner", email);
    String secondOwner = Api.newUser("OWNER");
    String secondRecord = Api.createTenant(secondOwner, "Ana", "Lima", email);
    String renter = Api.token("TENANT", email);
    accept(renter, invite(firstOwner, firstRecord)).then().statusCode(200);

    Response second = accept(renter, invite(secondOwner, secondRecord));

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.<String>path("tenantId")).isEqualTo(secondRecord);
    assertThat(second.asString()).doesNotContain(firstRecord).doesNotContain("Firstowner");
    String renterId = as(renter).get("/api/v1/me").path("id");
    assertThat(as(firstOwner).get("/api/v1/tenants/" + firstRecord).<String>path("userId"))
        .isEqualTo(renterId);
    assertThat(as(secondOwner).get("/api/v1/tenants/" + secondRecord).<String>path("userId"))
        .isEqualTo(renterId);
  }

  @Test
  void anUnknownTokenIsNotFound() {
    assertProblem(
        accept(Api.newUser("TENANT"), "q3Jx2V0m9bTzKf8uYc1WnR4sLp6dHa5EoGi7kMvXjNw"),
        404,
        "not-found");
  }

  @Test
  void aUsedTokenIsRefused() {
    Invited invited = invited();
    accept(invited.renter(), invited.token()).then().statusCode(200);

    assertProblem(accept(invited.renter(), invited.token()), 409, "invitation-used");
    assertProblem(
        as(invited.owner()).post("/api/v1/invitations/" + invited.id() + "/revoke"),
        409,
        "invitation-used");
  }

  @Test
  void aRevokedInvitationIsRefusedAndRevokingAgainChangesNothing() {
    Invited invited = invited();
    Response revoked = as(invited.owner()).post("/api/v1/invitations/" + invited.id() + "/revoke");
    assertThat(revoked.<String>path("status")).isEqualTo("REVOKED");
    assertThat(
            as(invited.owner())
                .post("/api/v1/invitations/" + invited.id() + "/revoke")
                .header("ETag"))
        .isEqualTo(revoked.header("ETag"));

    assertProblem(accept(invited.renter(), invited.token()), 409, "invitation-revoked");
    assertUnlinked(invited);
  }

  @Test
  void anExpiredInvitationIsRefusedAndListedAsExpired() {
    Invited invited = invited();
    ItDatabase.execute(
        "update leaseport.invitations set expires_at = now() - interval '1 minute' where id = ?",
        UUID.fromString(invited.id()));

    assertProblem(accept(invited.renter(), invited.token()), 409, "invitation-expired");
    assertUnlinked(invited);
    assertThat(
            as(invited.owner())
                .get("/api/v1/invitations?status=EXPIRED")
                .<List<String>>path("data.id"))
        .containsExactly(invited.id());
    assertThat(as(invited.owner()).get("/api/v1/invitations?status=PENDING").<Integer>path("total"))
        .isZero();
  }

  @Test
  void aRenterWithAnotherEmailIsForbiddenAndNothingChanges() {
    Invited invited = invited();

    assertProblem(accept(Api.newUser("TENANT"), invited.token()), 403, "forbidden");
    assertUnlinked(invited);
    assertThat(
            as(invited.owner()).get("/api/v1/invitations/" + invited.id()).<String>path("status"))
        .isEqualTo("PENDING");
  }

  @Test
  void aLinkedOrArchivedRecordTakesNoNewInvitation() {
    Invited invited = invited();
    accept(invited.renter(), invited.token()).then().statusCode(200);
    String archived = Api.createTenant(invited.owner(), "Old", "Renter", newEmail());
    as(invited.owner()).post("/api/v1/tenants/" + archived + "/archive").then().statusCode(200);

    assertProblem(
        as(invited.owner()).body(Map.of("tenantId", invited.tenant())).post("/api/v1/invitations"),
        409,
        "conflict");
    assertProblem(
        as(invited.owner()).body(Map.of("tenantId", archived)).post("/api/v1/invitations"),
        409,
        "conflict");
  }

  @Test
  void aTenantCallerIsForbiddenOnOwnerRoutesAndAnOwnerCannotAccept() {
    Invited invited = invited();

    assertProblem(
        as(invited.renter()).body(Map.of("tenantId", invited.tenant())).post("/api/v1/invitations"),
        403,
        "forbidden");
    assertProblem(as(invited.renter()).get("/api/v1/invitations"), 403, "forbidden");
    assertProblem(
        as(invited.renter()).get("/api/v1/invitations/" + invited.id()), 403, "forbidden");
    assertProblem(
        as(invited.renter()).post("/api/v1/invitations/" + invited.id() + "/revoke"),
        403,
        "forbidden");
    assertProblem(accept(invited.owner(), invited.token()), 403, "forbidden");
    assertUnlinked(invited);
  }

  @Test
  void anotherOwnersIdsAreNotFound() {
    Invited invited = invited();
    String other = Api.newUser("OWNER");
    String othersUnit = Api.createUnit(other, Api.createProperty(other, "Theirs"), "9Z", 100_000);

    assertProblem(as(other).get("/api/v1/invitations/" + invited.id()), 404, "not-found");
    assertProblem(
        as(other).post("/api/v1/invitations/" + invited.id() + "/revoke"), 404, "not-found");
    assertProblem(
        as(other).body(Map.of("tenantId", invited.tenant())).post("/api/v1/invitations"),
        404,
        "not-found");
    String own = Api.createTenant(invited.owner(), "Bo", "Lima", newEmail());
    assertProblem(
        as(invited.owner())
            .body(Map.of("tenantId", own, "unitId", othersUnit))
            .post("/api/v1/invitations"),
        404,
        "not-found");
    assertThat(as(other).get("/api/v1/invitations").<Integer>path("total")).isZero();
  }

  @Test
  void hostileAcceptBodiesAreRefusedWithoutLinkingAnyone() {
    Invited invited = invited();
    String renter = invited.renter();

    assertProblem(accept(renter, "a".repeat(5000)), 422, "validation-failed");
    assertProblem(accept(renter, "not base64url!"), 422, "validation-failed");
    assertProblem(
        as(renter).body("token=" + invited.token()).post("/api/v1/invitations/accept"),
        400,
        "malformed-request");
    assertProblem(
        as(renter)
            .body(Map.of("token", invited.token(), "userId", UUID.randomUUID().toString()))
            .post("/api/v1/invitations/accept"),
        400,
        "malformed-request");
    assertProblem(
        as(renter)
            .body(Map.of("token", invited.token(), "email", "someone@else.test"))
            .post("/api/v1/invitations/accept"),
        400,
        "malformed-request");
    assertProblem(
        as(renter).body(Map.of("token", 42)).post("/api/v1/invitations/accept"),
        400,
        "malformed-request");
    assertProblem(
        as(renter).body(Map.of()).post("/api/v1/invitations/accept"), 422, "validation-failed");
    assertUnlinked(invited);
  }

  @Test
  void hostileInvitationBodiesAreRefused() {
    String owner = Api.newUser("OWNER");

    assertProblem(
        as(owner).body(Map.of("tenantId", "not-a-uuid")).post("/api/v1/invitations"),
        422,
        "validation-failed");
    assertProblem(as(owner).body(Map.of()).post("/api/v1/invitations"), 422, "validation-failed");
    assertProblem(
        as(owner)
            .body(Map.of("tenantId", UUID.randomUUID().toString(), "token", "mine"))
            .post("/api/v1/invitations"),
        400,
        "malformed-request");
    assertProblem(
        as(owner).body(ApiExamples.NEW_INVITATION).post("/api/v1/invitations"), 404, "not-found");
    assertProblem(as(owner).get("/api/v1/invitations?status=LOST"), 400, "invalid-parameter");
    assertProblem(as(owner).get("/api/v1/invitations?tenantId=x"), 400, "invalid-parameter");
  }

  @Test
  void withoutATokenIs401() {
    assertProblem(
        Api.anonymous().body(ApiExamples.ACCEPT_INVITATION).post("/api/v1/invitations/accept"),
        401,
        "unauthenticated");
    assertProblem(Api.anonymous().get("/api/v1/notifications"), 401, "unauthenticated");
  }

  @Test
  void theApiDocumentShowsTheRoutesAndItsExamplesAreReadAsDocumented() {
    io.restassured.path.json.JsonPath document =
        io.restassured.RestAssured.given()
            .baseUri(Api.BASE)
            .get("/openapi?format=JSON")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(document.getMap("paths").keySet())
        .contains(
            "/api/v1/tenants",
            "/api/v1/tenants/{id}",
            "/api/v1/tenants/{id}/archive",
            "/api/v1/invitations",
            "/api/v1/invitations/{id}",
            "/api/v1/invitations/{id}/revoke",
            "/api/v1/invitations/accept",
            "/api/v1/notifications",
            "/api/v1/notifications/{id}/read",
            "/api/v1/notifications/read-all");
    assertThat(document.getMap("paths.'/api/v1/invitations'.post.responses"))
        .containsKeys("201", "401", "403", "409", "422");
    assertThat(document.getMap("paths.'/api/v1/invitations/accept'.post.responses"))
        .containsKeys("200", "401", "403", "409", "422");
    // The documented request bodies are readable: each fails only for want of real data.
    assertProblem(
        as(Api.newUser("TENANT"))
            .body(ApiExamples.ACCEPT_INVITATION)
            .post("/api/v1/invitations/accept"),
        404,
        "not-found");
    String owner = Api.newUser("OWNER");
    String tenant = as(owner).body(ApiExamples.NEW_TENANT).post("/api/v1/tenants").path("id");
    as(owner)
        .body(ApiExamples.TENANT_PATCH)
        .patch("/api/v1/tenants/" + tenant)
        .then()
        .statusCode(200);
  }

  /** An owner, an unlinked tenant record, a pending invitation and the renter it is for. */
  private record Invited(String owner, String tenant, String id, String token, String renter) {}

  private static Invited invited() {
    String owner = Api.newUser("OWNER");
    String email = newEmail();
    String tenant = Api.createTenant(owner, "Ana", "Lima", email);
    Response issued = as(owner).body(Map.of("tenantId", tenant)).post("/api/v1/invitations");
    issued.then().statusCode(201);
    return new Invited(
        owner, tenant, issued.path("id"), issued.path("token"), Api.token("TENANT", email));
  }

  private static void assertUnlinked(Invited invited) {
    assertThat(
            as(invited.owner()).get("/api/v1/tenants/" + invited.tenant()).<String>path("userId"))
        .isNull();
    assertThat(as(invited.owner()).get("/api/v1/notifications").<Integer>path("total")).isZero();
  }

  private static String invite(String owner, String tenant) {
    return as(owner)
        .body(Map.of("tenantId", tenant))
        .post("/api/v1/invitations")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private static Response accept(String token, String invitationToken) {
    return as(token).body(Map.of("token", invitationToken)).post("/api/v1/invitations/accept");
  }

  private static String newEmail() {
    return "renter-" + UUID.randomUUID() + "@example.test";
  }
}
