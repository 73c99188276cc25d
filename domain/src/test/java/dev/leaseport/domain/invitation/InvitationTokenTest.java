package dev.leaseport.domain.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationTokenTest {

  @Test
  void aGeneratedTokenIs256RandomBitsInBase64Url() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String value = InvitationToken.generate().value();
      assertThat(value).matches("[A-Za-z0-9_-]{43}");
      seen.add(value);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theHashIsTheSha256OfTheTokenText() throws Exception {
    InvitationToken token = InvitationToken.generate();

    assertThat(token.hash())
        .hasSize(32)
        .isEqualTo(
            MessageDigest.getInstance("SHA-256")
                .digest(token.value().getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theTokenNeverShowsInItsTextForm() {
    InvitationToken token = InvitationToken.generate();

    assertThat(token.toString()).doesNotContain(token.value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"has space", "plus+slash/", "é"})
  void aTokenThatNoLinkCarriesIsAFieldError(String value) {
    assertThatThrownBy(() -> new InvitationToken(value))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("token"));
  }

  @Test
  void anOverlongTokenIsAFieldError() {
    assertThatThrownBy(() -> new InvitationToken("a".repeat(129)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void aPendingInvitationPastItsExpiryIsExpired() {
    Instant now = Instant.parse("2026-11-30T12:00:00Z");

    assertThat(InvitationState.of(InvitationStatus.PENDING, now.plusSeconds(1), now))
        .isEqualTo(InvitationState.PENDING);
    assertThat(InvitationState.of(InvitationStatus.PENDING, now, now))
        .isEqualTo(InvitationState.EXPIRED);
    assertThat(InvitationState.of(InvitationStatus.ACCEPTED, now.minusSeconds(1), now))
        .isEqualTo(InvitationState.ACCEPTED);
    assertThat(InvitationState.of(InvitationStatus.REVOKED, now.minusSeconds(1), now))
        .isEqualTo(InvitationState.REVOKED);
  }
}
