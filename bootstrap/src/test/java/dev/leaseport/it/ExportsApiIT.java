package dev.leaseport.it;

import static dev.leaseport.it.Api.as;
import static dev.leaseport.it.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/exports/*.csv} over HTTP: an owner gets RFC 4180 CSV with a header row, money as
 * decimals with a currency column, and a renter's formula-like name neutralised; renters are 403,
 * anonymous callers 401, bad dates 400; a failing database call answers problem+json, not a CSV.
 */
@ExtendWith(ArquillianExtension.class)
class ExportsApiIT {
  private static final String RENT_ROLL = "/api/v1/exports/rent-roll.csv";
  private static final String PAYMENTS = "/api/v1/exports/payments.csv";
  private static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"pay\")";

  @Test
  void anOwnerGetsTheRentRollWithAHostileTenantNameNeutralised() {
    Portfolio portfolio = Portfolio.withAnActiveLease();

    Response csv = csv(portfolio.owner, RENT_ROLL + "?asOf=2030-03-15");

    assertThat(csv.statusCode()).as(csv.asString()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
    assertThat(csv.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"rent-roll-2030-03-15.csv\"");
    assertThat(lines(csv))
        .containsExactly(
            "property_id,property,address,city,unit_id,unit,unit_status,lease_id,lease_start,"
                + "lease_end,primary_tenant,primary_tenant_email,currency,rent,security_deposit,"
                + "balance_due",
            portfolio.property
                + ",\"Elm Court, East\",1 Test Street,Springfield,"
                + portfolio.unit
                + ",1A,OCCUPIED,"
                + portfolio.lease
                + ",2030-01-01,2030-12-31,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"pay\"\") Lima\","
                + portfolio.renterEmail
                + ",usd,1500.00,0.00,40.00",
            portfolio.property
                + ",\"Elm Court, East\",1 Test Street,Springfield,"
                + portfolio.vacantUnit
                + ",2B,VACANT,,,,,,usd,990.50,,");
  }

  @Test
  void anOwnerGetsThePaymentsOfAPeriodWithThePayersNameNeutralised() {
    Portfolio portfolio = Portfolio.withAnActiveLease();
    String payment = portfolio.paid(12_345, 310, "2030-03-02T10:00:00Z");
    portfolio.paid(500, 0, "2030-04-01T00:00:00Z"); // the day after the period

    Response csv = csv(portfolio.owner, PAYMENTS + "?from=2030-03-01&to=2030-03-31");

    assertThat(csv.statusCode()).as(csv.asString()).isEqualTo(200);
    assertThat(csv.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"payments-2030-03-01-to-2030-03-31.csv\"");
    List<String> lines = lines(csv);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "date,created_at,payment_id,property,unit,lease_id,payer,payer_email,charge_id,"
                + "charge_kind,charge_description,period_start,period_end,due_date,status,method,"
                + "currency,amount,refunded,disputed,platform_fee,stripe_payment_intent_id,"
                + "failure_code");
    assertThat(lines.get(1))
        .isEqualTo(
            "2030-03-02,2030-03-02T10:00:00Z,"
                + payment
                + ",\"Elm Court, East\",1A,"
                + portfolio.lease
                + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"pay\"\") Lima\","
                + portfolio.renterEmail
                + ","
                + portfolio.charge
                + ",OTHER,Parking,,,2030-03-01,SUCCEEDED,CARD,usd,123.45,0.00,0.00,3.10,,");
  }

  @Test
  void anOwnerWithNothingGetsTheHeaderAlone() {
    String owner = Api.newUser("OWNER");

    Response rentRoll = csv(owner, RENT_ROLL);
    Response payments = csv(owner, PAYMENTS + "?from=2030-01-01&to=2030-12-31");

    assertThat(lines(rentRoll)).hasSize(1);
    assertThat(lines(payments)).hasSize(1);
    assertThat(rentRoll.asString()).startsWith("property_id,").endsWith("balance_due\r\n");
  }

  @Test
  void renterAndAdminAreForbiddenAndAnonymousCallersUnauthenticated() {
    for (String path : List.of(RENT_ROLL, PAYMENTS + "?from=2030-01-01&to=2030-01-31")) {
      assertProblem(csv(Api.newUser("TENANT"), path), 403, "forbidden");
      assertProblem(csv(Api.newUser("ADMIN"), path), 403, "forbidden");
      assertProblem(Api.anonymous().accept("text/csv").get(path), 401, "unauthenticated");
    }
  }

  @Test
  void badDatesAreInvalidParameters() {
    String owner = Api.newUser("OWNER");

    for (String query :
        List.of(
            "?from=2030-03-02&to=2030-03-01",
            "?from=2030-01-01",
            "?to=2030-01-01",
            "?from=2030-01-01&to=2031-01-02",
            "?from=2030-02-30&to=2030-03-01",
            "?from=yesterday&to=2030-03-01",
            "?from=0001-01-01&to=0001-01-02")) {
      assertProblem(csv(owner, PAYMENTS + query), 400, "invalid-parameter");
    }
    assertProblem(csv(owner, RENT_ROLL + "?asOf=15/03/2030"), 400, "invalid-parameter");
  }

  @Test
  void aDatabaseCallThatFailsBeforeTheFirstLineIsAProblemNotACsv() {
    String owner = Api.newUser("OWNER");
    ItDatabase.execute("revoke execute on function leaseport.rent_roll(date) from authenticated");
    Response failed;
    try {
      failed = csv(owner, RENT_ROLL);
    } finally {
      ItDatabase.execute("grant execute on function leaseport.rent_roll(date) to authenticated");
    }

    assertProblem(failed, 404, "not-found");
    assertThat(failed.header("Content-Disposition")).isNull();
    assertThat(csv(owner, RENT_ROLL).statusCode()).isEqualTo(200);
  }

  @Test
  void eachExportsCallIsTimedInMetrics() {
    String owner = Api.newUser("OWNER");
    assertThat(csv(owner, RENT_ROLL).statusCode()).isEqualTo(200);
    assertThat(csv(owner, PAYMENTS + "?from=2030-01-01&to=2030-01-31").statusCode()).isEqualTo(200);

    String metrics =
        given().baseUri(Api.BASE).get("/metrics").then().statusCode(200).extract().asString();

    assertThat(metrics)
        .containsPattern("leaseport_report_seconds\\w*_count\\{[^}]*report=\"rent-roll\"")
        .containsPattern("leaseport_report_seconds\\w*_count\\{[^}]*report=\"payments-csv\"");
  }

  @Test
  void aDatabaseLostMidDownloadEndsTheFileSayingItIsIncompleteAndTheServerCarriesOn()
      throws Exception {
    String owner = ownerWithUnits(1_000, 100);
    HttpResponse<InputStream> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.BASE + RENT_ROLL))
                    .header("Authorization", "Bearer " + owner)
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(download.statusCode()).isEqualTo(200);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    boolean endedNormally;
    try (InputStream body = download.body()) {
      received.write(body.readNBytes(64 * 1024));
      // The client reads no further: the server blocks writing, its session waits between
      // fetches, and the database goes away under it.
      long terminated = 0;
      for (int i = 0; i < 100 && terminated == 0; i++) {
        Thread.sleep(100);
        terminated =
            ItDatabase.count(
                "select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where usename = 'authenticator' and state like 'idle in transaction%'"
                    + " and query like '%rent_roll%'");
      }
      assertThat(terminated).as("the streaming session was found").isPositive();
      try {
        body.transferTo(received);
        endedNormally = true;
      } catch (IOException e) {
        endedNormally = false;
      }
    }
    String file = received.toString(StandardCharsets.UTF_8);
    long lines = file.chars().filter(c -> c == '\n').count();
    System.out.printf(
        "download cut by the database: ended normally %s, %d bytes, %d lines, ends with CRLF %s%n",
        endedNormally, file.length(), lines, file.endsWith("\r\n"));

    // The server completes the response all the same (the status was sent long ago), so the file
    // itself says it is incomplete, on a last line whose quote never closes.
    assertThat(lines).as("lines received").isLessThan(100_001);
    assertThat(file)
        .endsWith(
            "\r\n\"INCOMPLETE EXPORT: the server failed after the line above. Download the file"
                + " again.");
    assertThat(csv(owner, PAYMENTS + "?from=2030-01-01&to=2030-01-31").statusCode()).isEqualTo(200);
  }

  @Test
  void aClientThatHangsUpMidDownloadEndsTheServersTransaction() throws Exception {
    String owner = ownerWithUnits(1_000, 100);
    URI base = URI.create(Api.BASE);
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + RENT_ROLL
                      + " HTTP/1.1\r\nHost: "
                      + base.getHost()
                      + "\r\nAuthorization: Bearer "
                      + owner
                      + "\r\nAccept: text/csv\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      byte[] start = socket.getInputStream().readNBytes(64 * 1024);
      assertThat(new String(start, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
      assertThat(eventually(() -> streamingSessions() > 0))
          .as("the export's transaction is open while the client reads")
          .isTrue();
    }

    assertThat(eventually(() -> streamingSessions() == 0))
        .as("the transaction ended once the client had gone")
        .isTrue();
    assertThat(csv(owner, PAYMENTS + "?from=2030-01-01&to=2030-01-31").statusCode()).isEqualTo(200);
  }

  /** A new owner with {@code properties} properties of {@code units} units each, in SQL. */
  private static String ownerWithUnits(int properties, int units) {
    String owner = Api.newUser("OWNER");
    UUID ownerId = UUID.fromString(as(owner).get("/api/v1/me").path("id"));
    ItDatabase.execute(
        "insert into leaseport.properties (owner_id, name, address_line1, city, property_type)"
            + " select ?, 'Stream ' || lpad(g::text, 4, '0'), g || ' Main Street', 'Springfield',"
            + " 'APARTMENT' from generate_series(1, ?) g",
        ownerId,
        properties);
    ItDatabase.execute(
        "insert into leaseport.units (owner_id, property_id, unit_number, rent_amount)"
            + " select p.owner_id, p.id, 'U' || lpad(g::text, 3, '0'), 100000 + g"
            + " from leaseport.properties p cross join generate_series(1, ?) g"
            + " where p.owner_id = ?",
        units,
        ownerId);
    return owner;
  }

  /** The request pool's sessions waiting, inside a transaction, between two fetches of a roll. */
  private static long streamingSessions() {
    return ItDatabase.count(
        "select count(*) from pg_stat_activity where usename = 'authenticator'"
            + " and state like 'idle in transaction%' and query like '%rent_roll%'");
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 150; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static Response csv(String token, String path) {
    return as(token).accept("text/csv").get(path);
  }

  private static List<String> lines(Response csv) {
    String body = new String(csv.asByteArray(), StandardCharsets.UTF_8);
    assertThat(body).endsWith("\r\n");
    return List.of(body.substring(0, body.length() - 2).split("\r\n", -1));
  }

  /** An owner's property with a unit let to a renter with a formula-like name, and a vacant one. */
  private static final class Portfolio {
    final String owner = Api.newUser("OWNER");
    final String renterEmail = ItDatabase.newEmail("renter");
    final String renter = Api.token("TENANT", renterEmail);
    String property;
    String unit;
    String vacantUnit;
    String lease;
    String charge;

    static Portfolio withAnActiveLease() {
      Portfolio p = new Portfolio();
      p.property =
          as(p.owner)
              .body(
                  Map.of(
                      "name",
                      "Elm Court, East",
                      "address",
                      Map.of("line1", "1 Test Street", "city", "Springfield", "country", "US"),
                      "propertyType",
                      "APARTMENT"))
              .post("/api/v1/properties")
              .then()
              .statusCode(201)
              .extract()
              .path("id");
      p.unit = Api.createUnit(p.owner, p.property, "1A", 150_000);
      p.vacantUnit = Api.createUnit(p.owner, p.property, "2B", 99_050);
      String tenant = Api.createTenant(p.owner, HOSTILE_NAME, "Lima", p.renterEmail);
      Api.inviteAndAccept(p.owner, tenant, p.unit, p.renter);
      Response created =
          as(p.owner)
              .body(
                  Map.of(
                      "unitId",
                      p.unit,
                      "startDate",
                      "2030-01-01",
                      "endDate",
                      "2030-12-31",
                      "rentAmount",
                      Map.of("amount", 150_000),
                      "tenants",
                      List.of(Map.of("tenantId", tenant, "role", "PRIMARY"))))
              .post("/api/v1/leases");
      assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
      p.lease = created.path("id");
      act(p.owner, p.lease, "send");
      act(p.owner, p.lease, "sign");
      act(p.renter, p.lease, "sign");
      Response charged =
          as(p.owner)
              .body(
                  Map.of(
                      "description", "Parking",
                      "amount", Map.of("amount", 4_000, "currency", "usd"),
                      "dueDate", "2030-03-01"))
              .post("/api/v1/leases/" + p.lease + "/charges");
      assertThat(charged.statusCode()).as(charged.asString()).isEqualTo(201);
      p.charge = charged.path("id");
      return p;
    }

    /** A settled card payment of the charge by the renter, as Stripe's events leave it. */
    String paid(long amount, long fee, String createdAt) {
      UUID id = UUID.randomUUID();
      ItDatabase.execute(
          "insert into leaseport.payments (id, owner_id, charge_id, lease_id, payer_id, amount,"
              + " currency, application_fee_amount, status, method_kind, created_at)"
              + " select ?, l.owner_id, ?, l.id, u.id, ?, 'usd', ?, 'SUCCEEDED', 'CARD',"
              + " ?::timestamptz from leaseport.leases l, leaseport.users u"
              + " where l.id = ? and u.email = ?",
          id,
          UUID.fromString(charge),
          amount,
          fee,
          createdAt,
          UUID.fromString(lease),
          renterEmail);
      return id.toString();
    }

    private static void act(String token, String lease, String action) {
      Response response = as(token).post("/api/v1/leases/" + lease + "/" + action);
      assertThat(response.statusCode()).as(action + ": " + response.asString()).isEqualTo(200);
    }
  }
}
