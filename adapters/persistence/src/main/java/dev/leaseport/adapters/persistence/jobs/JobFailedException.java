package dev.leaseport.adapters.persistence.jobs;

import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;

/** A job's function failed: its SQLSTATE and the database's own words, for the run record. */
final class JobFailedException extends RuntimeException {
  JobFailedException(DataAccessException cause) {
    super("SQLSTATE " + cause.sqlState() + ": " + databaseMessage(cause), cause);
  }

  private static String databaseMessage(DataAccessException e) {
    PSQLException psql = e.getCause(PSQLException.class);
    if (psql != null && psql.getServerErrorMessage() != null) {
      return psql.getServerErrorMessage().getMessage();
    }
    return e.getMessage();
  }
}
