package dev.leaseport.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the tests: tokens from the local-mode endpoint, JSON in and out. */
final class Api {
  static final int PORT = Integer.getInteger("leaseport.it.http.port", 9181);
  static final String BASE = "http://localhost:" + PORT;

  private Api() {}

  static RequestSpecification anonymous() {
    return given().baseUri(BASE).contentType(ContentType.JSON).accept(ContentType.JSON);
  }

  static RequestSpecification as(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  /** A token for a brand-new user of the given type, so tests never share data. */
  static String newUser(String userType) {
    return token(userType, userType.toLowerCase() + "-" + UUID.randomUUID() + "@example.test");
  }

  static String token(String userType, String email) {
    return anonymous()
        .body(Map.of("userType", userType, "email", email))
        .post("/api/v1/dev/tokens")
        .then()
        .statusCode(200)
        .extract()
        .path("accessToken");
  }

  static Map<String, Object> propertyBody(String name) {
    return Map.of(
        "name",
        name,
        "address",
        Map.of("line1", "1 Test Street", "city", "Springfield", "country", "US"),
        "propertyType",
        "APARTMENT");
  }

  static String createProperty(String token, String name) {
    return as(token)
        .body(propertyBody(name))
        .post("/api/v1/properties")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static Map<String, Object> unitBody(String number, long rent) {
    return Map.of(
        "unitNumber",
        number,
        "bedrooms",
        2,
        "bathrooms",
        1.5,
        "rentAmount",
        Map.of("amount", rent, "currency", "usd"));
  }

  static String createUnit(String token, String propertyId, String number, long rent) {
    return as(token)
        .body(unitBody(number, rent))
        .post("/api/v1/properties/" + propertyId + "/units")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String createTenant(String token, String firstName, String lastName, String email) {
    return as(token)
        .body(Map.of("firstName", firstName, "lastName", lastName, "email", email))
        .post("/api/v1/tenants")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /**
   * Links tenant record {@code tenantId} of {@code owner} to {@code renter} the way the product
   * does: the owner invites (to {@code unitId}, if given) and the renter accepts. Returns the
   * acceptance.
   */
  static Response inviteAndAccept(String owner, String tenantId, String unitId, String renter) {
    Map<String, Object> invitation =
        unitId == null
            ? Map.of("tenantId", tenantId)
            : Map.of("tenantId", tenantId, "unitId", unitId);
    String token =
        as(owner)
            .body(invitation)
            .post("/api/v1/invitations")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    Response accepted = as(renter).body(Map.of("token", token)).post("/api/v1/invitations/accept");
    accepted.then().statusCode(200);
    return accepted;
  }
}
