package dev.leaseport.adapters.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ErrorKind;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.sql.SQLNonTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** PostgreSQL errors become the domain errors the REST edge maps to problem+json. */
class SqlErrorsTest {

  @Test
  void aUniqueViolationIsADuplicateConflict() {
    RuntimeException translated = SqlErrors.translate(error("23505", "properties_pkey"));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("duplicate"));
  }

  @Test
  void aDuplicateUnitNumberIsExplainedAsSuch() {
    RuntimeException translated =
        SqlErrors.translate(error("23505", "units_property_unit_number_key"));

    assertThat(translated)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("unit with this number");
  }

  @Test
  void anExclusionViolationIsAConflict() {
    RuntimeException translated = SqlErrors.translate(error("23P01", "leases_no_overlap"));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict"));
  }

  @Test
  void anOverlapOfTwoLeasesOfAUnitIsALeaseOverlap() {
    RuntimeException translated =
        SqlErrors.translate(error("23P01", "leases_unit_dates_no_overlap"));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-overlap"));
  }

  @Test
  void anIllegalLeaseTransitionIsAStateConflictWithTheDatabasesDetail() {
    RuntimeException translated = SqlErrors.translate(error("LPST1", null));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo("lease-state-conflict"))
        .hasMessage("simulated");
  }

  @Test
  void anIllegalMaintenanceMoveIsAMaintenanceStateConflictWithTheDatabasesDetail() {
    RuntimeException translated = SqlErrors.translate(error("LPMS1", null));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.code()).isEqualTo("maintenance-state-conflict"))
        .hasMessage("simulated");
  }

  @Test
  void aForeignKeyViolationIsNotFound() {
    RuntimeException translated = SqlErrors.translate(error("23503", "units_property_fk"));

    assertThat(translated)
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.code()).isEqualTo("not-found"));
  }

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource({
    "LPI04, 404, not-found",
    "LPIU9, 409, invitation-used",
    "LPIR9, 409, invitation-revoked",
    "LPIE9, 409, invitation-expired",
    "LPIF3, 403, forbidden",
    "LPIL9, 409, tenant-already-linked"
  })
  void eachWayInvitationAcceptanceFailsHasItsOwnCode(String sqlState, int status, String code) {
    RuntimeException translated = SqlErrors.translate(error(sqlState, null));

    assertThat(translated)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.kind())
                  .isEqualTo(
                      switch (status) {
                        case 404 -> ErrorKind.NOT_FOUND;
                        case 403 -> ErrorKind.FORBIDDEN;
                        default -> ErrorKind.CONFLICT;
                      });
            });
  }

  @Test
  void aDuplicateTenantEmailIsExplainedAsSuch() {
    RuntimeException translated = SqlErrors.translate(error("23505", "tenants_owner_email_key"));

    assertThat(translated.getMessage()).isEqualTo("A tenant with this e-mail already exists");
  }

  @Test
  void anInsufficientPrivilegeIsNotFound() {
    assertThat(SqlErrors.translate(error("42501", null))).isInstanceOf(NotFoundException.class);
  }

  @ParameterizedTest(name = "{0} names {1}")
  @CsvSource({
    "units_square_feet_check, squareFeet",
    "units_bedrooms_check, bedrooms",
    "units_rent_amount_check, rentAmount",
    "properties_address_line1_check, addressLine1"
  })
  void aCheckViolationIsAValidationErrorOnTheCamelCaseField(String constraint, String field) {
    RuntimeException translated = SqlErrors.translate(error("23514", constraint));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("validation-failed");
              assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
            });
  }

  @ParameterizedTest(name = "{1} of table {0} names {2}")
  @CsvSource({
    "maintenance_requests, maintenance_requests_estimated_cost_check, estimatedCost",
    "payment_methods, payment_methods_last4_check, last4",
    "units, units_square_feet_check, squareFeet"
  })
  void theTableNameIsNotMistakenForPartOfTheField(String table, String constraint, String field) {
    RuntimeException translated = SqlErrors.translate(error("23514", table, constraint));

    assertThat(translated)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(field));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"units_property_unit_number_key", "check", "units_check", "_check"})
  void aConstraintNameThatNamesNoColumnReportsTheBody(String constraint) {
    assertThat(SqlErrors.fieldOf(constraint)).isEqualTo("body");
  }

  @Test
  void aCheckViolationWithoutAConstraintNameReportsTheBody() {
    ValidationException translated =
        (ValidationException) SqlErrors.translate(error("23514", null));

    assertThat(translated.errors()).extracting(FieldError::field).containsExactly("body");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"22001", "22003"})
  void valuesTooLongOrOutOfRangeAreValidationErrors(String sqlState) {
    assertThat(SqlErrors.translate(error(sqlState, null))).isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"40001", "40P01"})
  void serializationFailuresAndDeadlocksAreRetryable(String sqlState) {
    assertThat(SqlErrors.isRetryable(error(sqlState, null))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"23505", "57014", "42501", "08006"})
  void otherErrorsAreNotRetryable(String sqlState) {
    assertThat(SqlErrors.isRetryable(error(sqlState, null))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"22021", "22P05"})
  void textTheDatabaseCannotStoreIsAValidationFailureNotA500(String sqlState) {
    assertThat(SqlErrors.translate(error(sqlState, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
  }

  @Test
  void aCancelledStatementMeansTheDatabaseIsUnavailable() {
    assertThat(SqlErrors.translate(error("57014", null)))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"53300", "25006"})
  void tooManyConnectionsOrAReadOnlyServerMeanTheDatabaseIsUnavailable(String sqlState) {
    assertThat(SqlErrors.translate(error(sqlState, null)))
        .isInstanceOfSatisfying(
            UnavailableException.class, e -> assertThat(e.code()).isEqualTo("unavailable"));
  }

  @Test
  void aConnectionFailureStateMeansTheDatabaseIsUnavailable() {
    assertThat(SqlErrors.translate(error("08006", null))).isInstanceOf(UnavailableException.class);
  }

  @Test
  void aConnectionExceptionWithoutStateMeansTheDatabaseIsUnavailable() {
    DataAccessException e =
        new DataAccessException("pool", new SQLNonTransientConnectionException("refused"));

    assertThat(SqlErrors.translate(e)).isInstanceOf(UnavailableException.class);
  }

  @Test
  void anUnlistedErrorStaysTheOriginalException() {
    DataAccessException e = error("42P01", null);

    assertThat(SqlErrors.translate(e)).isSameAs(e);
  }

  /** A jOOQ exception as the PostgreSQL driver raises it, with SQLSTATE and constraint name. */
  private static DataAccessException error(String sqlState, String constraint) {
    return error(sqlState, null, constraint);
  }

  private static DataAccessException error(String sqlState, String table, String constraint) {
    String fields =
        "SERROR\0C"
            + sqlState
            + "\0Msimulated\0"
            + (table == null ? "" : "t" + table + "\0")
            + (constraint == null ? "" : "n" + constraint + "\0");
    return new DataAccessException("simulated", new PSQLException(new ServerErrorMessage(fields)));
  }
}
