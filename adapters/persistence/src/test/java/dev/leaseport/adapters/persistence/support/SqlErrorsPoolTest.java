package dev.leaseport.adapters.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.shared.UnavailableException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class SqlErrorsPoolTest {

  @Test
  void anExhaustedPoolIsUnavailableAtOnceAndNotRetried() {
    DataAccessException timeout =
        new DataAccessException(
            "no connection", new SQLTransientConnectionException("pool wait timed out"));

    assertThat(SqlErrors.isConnectionLost(timeout)).isFalse();
    assertThat(SqlErrors.translate(timeout)).isInstanceOf(UnavailableException.class);
  }

  @Test
  void anErrorWithoutAnySqlStateIsLeftAsItIs() {
    DataAccessException plain = new DataAccessException("something else");

    assertThat(SqlErrors.isRetryable(plain)).isFalse();
    assertThat(SqlErrors.translate(plain)).isSameAs(plain);
  }
}
