package dev.leaseport.adapters.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
  private static final byte[] BODY = "{\"name\":\"A\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertThat(RequestFingerprint.of("POST", "/api/v1/properties", null, BODY))
        .hasSize(32)
        .isEqualTo(RequestFingerprint.of("POST", "/api/v1/properties", "", BODY.clone()));
  }

  @Test
  void anyDifferenceInMethodPathQueryOrBodyChangesIt() {
    byte[] base = RequestFingerprint.of("POST", "/api/v1/properties", "a=1", BODY);

    assertThat(RequestFingerprint.of("PUT", "/api/v1/properties", "a=1", BODY)).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", "/api/v1/units", "a=1", BODY)).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", "/api/v1/properties", "a=2", BODY)).isNotEqualTo(base);
    assertThat(RequestFingerprint.of("POST", "/api/v1/properties", "a=1", new byte[0]))
        .isNotEqualTo(base);
  }

  @Test
  void partsCannotBeShiftedIntoEachOther() {
    assertThat(RequestFingerprint.of("POST", "/a", "b", new byte[0]))
        .isNotEqualTo(RequestFingerprint.of("POST", "/ab", "", new byte[0]));
  }
}
