package dev.leaseport.adapters.persistence.support;

import dev.leaseport.domain.invitation.InvitationErrors;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns PostgreSQL errors into domain errors: the REST edge then maps those to HTTP once. Anything
 * not listed stays an unexpected error (500, logged, never shown).
 */
public final class SqlErrors {
  private SqlErrors() {}

  public static boolean isRetryable(DataAccessException e) {
    String state = stateOf(e);
    return "40001".equals(state) || "40P01".equals(state);
  }

  /**
   * The server ended the session (57P01..57P03: shutdown, crash, not yet accepting) or the
   * connection failed (08...). Before COMMIT was sent nothing was committed; during COMMIT the
   * outcome is unknown ({@link TransactionRetry} tells the two apart).
   */
  public static boolean isConnectionLost(DataAccessException e) {
    String state = stateOf(e);
    return state.startsWith("57P") || state.startsWith("08") || hasConnectionState(e);
  }

  public static RuntimeException translate(DataAccessException e) {
    String state = stateOf(e);
    ServerErrorMessage server = serverMessage(e);
    String constraint = server == null ? null : server.getConstraint();
    return switch (state) {
      case "23505" -> ConflictException.duplicate(duplicateDetail(constraint));
      case "23P01" -> overlap(constraint);
      case "23503" -> new NotFoundException("A referenced resource");
      case "23514", "22001", "22003" ->
          ValidationException.of(
              fieldOf(server == null ? null : server.getTable(), constraint), "is not allowed");
      // Text the database cannot store (e.g. a NUL character) that slipped past the edge.
      case "22021", "22P05" ->
          ValidationException.of("body", "contains characters that cannot be stored");
      case "42501" -> new NotFoundException("Resource");
      // The stable codes of the lease functions (V22): not found, an illegal transition naming
      // the current state, a second signature, a field the lease still lacks.
      case "P0002" -> new NotFoundException(resourceOf(server));
      case "LPST1" -> new ConflictException("lease-state-conflict", messageOf(server));
      case "LPSG1" -> new ConflictException("lease-already-signed", messageOf(server));
      // The charge functions (V71): a charge that is not OPEN, or that a payment has touched.
      case "LPCH1" -> new ConflictException("charge-state-conflict", messageOf(server));
      // The maintenance status trigger and cancel function (V61): an illegal move, naming the
      // current state.
      case "LPMS1" -> new ConflictException("maintenance-state-conflict", messageOf(server));
      case "LPV01" ->
          ValidationException.of(
              server == null || server.getColumn() == null ? "body" : server.getColumn(),
              messageOf(server));
      // The payment functions (V74): the charge is not OPEN, the owner cannot take payments, a
      // payment of the charge is under way, a payment that cannot be refunded, a refund over what
      // remains.
      case "LPP01" -> new ConflictException("charge-not-open", messageOf(server));
      case "LPP02" -> new ConflictException("payments-not-enabled", messageOf(server));
      case "LPP03" -> new ConflictException("payment-in-progress", messageOf(server));
      case "LPP04" -> new ConflictException("payment-not-refundable", messageOf(server));
      case "LPP22" ->
          ValidationException.of(
              server == null || server.getColumn() == null ? "amount" : server.getColumn(),
              messageOf(server));
      // Cancelled (statement timeout); no connection slot left; a read-only server, as a primary
      // that failed over to a standby is: the request may succeed later, so 503, not 500.
      case "57014", "53300", "25006" -> UnavailableException.database();
      // Raised by accept_invitation, one code per way acceptance fails.
      case "LPI04" -> InvitationErrors.unknown();
      case "LPIU9" -> InvitationErrors.used();
      case "LPIR9" -> InvitationErrors.revoked();
      case "LPIE9" -> InvitationErrors.expired();
      case "LPIF3" -> InvitationErrors.notTheInvitedRenter();
      case "LPIL9" -> InvitationErrors.alreadyLinked();
      default -> isConnectionLost(e) || isPoolExhausted(e) ? UnavailableException.database() : e;
    };
  }

  /** A foreign key violation on delete means dependent rows exist: a conflict, not a 404. */
  public static DomainException dependentRows(String resource) {
    return new ConflictException(
        "conflict", resource + " has dependent records; archive it instead of deleting");
  }

  private static ConflictException overlap(String constraint) {
    if ("leases_unit_dates_no_overlap".equals(constraint)) {
      return new ConflictException(
          "lease-overlap",
          "The lease overlaps another lease of the unit that is sent for signature or active");
    }
    return new ConflictException("conflict", "The change overlaps an existing record");
  }

  /** "Lease not found" names the resource Lease; anything else is a Resource. */
  private static String resourceOf(ServerErrorMessage server) {
    String message = server == null ? null : server.getMessage();
    String suffix = " not found";
    return message != null && message.endsWith(suffix) && message.length() > suffix.length()
        ? message.substring(0, message.length() - suffix.length())
        : "Resource";
  }

  private static String messageOf(ServerErrorMessage server) {
    return server == null || server.getMessage() == null
        ? "The request clashes with the current state"
        : server.getMessage();
  }

  /** No connection became free in time: answered 503 at once, not retried into a longer wait. */
  private static boolean isPoolExhausted(DataAccessException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasConnectionState(DataAccessException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLNonTransientConnectionException
          || (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08"))) {
        return true;
      }
    }
    return false;
  }

  private static String stateOf(DataAccessException e) {
    return e.sqlState() == null ? "" : e.sqlState();
  }

  private static ServerErrorMessage serverMessage(DataAccessException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.postgresql.util.PSQLException psql
          && psql.getServerErrorMessage() != null) {
        return psql.getServerErrorMessage();
      }
    }
    return null;
  }

  private static String duplicateDetail(String constraint) {
    if (constraint != null && constraint.contains("unit_number")) {
      return "A unit with this number already exists in the property";
    }
    if ("tenants_owner_email_key".equals(constraint)) {
      return "A tenant with this e-mail already exists";
    }
    return "A record with these values already exists";
  }

  /** {@code units_bedrooms_check} names the column {@code bedrooms}: report it in camelCase. */
  static String fieldOf(String constraint) {
    return fieldOf(null, constraint);
  }

  /**
   * As {@link #fieldOf(String)}, but strips the table's own name first, so that {@code
   * maintenance_requests_title_check} names {@code title}, not {@code requestsTitle}.
   */
  static String fieldOf(String table, String constraint) {
    String suffix = "_check";
    if (constraint == null || !constraint.toLowerCase(Locale.ROOT).endsWith(suffix)) {
      return "body";
    }
    String name = constraint.toLowerCase(Locale.ROOT);
    String prefix = table == null ? null : table.toLowerCase(Locale.ROOT) + "_";
    int start = prefix != null && name.startsWith(prefix) ? prefix.length() : name.indexOf('_') + 1;
    int end = name.length() - suffix.length();
    if (start <= 0 || start >= end) {
      return "body";
    }
    StringBuilder field = new StringBuilder();
    for (String part : name.substring(start, end).split("_")) {
      if (!part.isEmpty()) {
        field.append(
            field.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }
}
