package dev.leaseport.domain.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.domain.shared.ForbiddenException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void aCallerOfTheRequiredUserTypePasses() {
    assertThatCode(() -> caller(UserType.OWNER).require(UserType.OWNER)).doesNotThrowAnyException();
  }

  @Test
  void aTenantIsForbiddenAnOwnerAction() {
    assertThatThrownBy(() -> caller(UserType.TENANT).require(UserType.OWNER))
        .isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("OWNER")
        .extracting(e -> ((ForbiddenException) e).code())
        .isEqualTo("forbidden");
  }

  @Test
  void anOwnerIsForbiddenATenantAction() {
    assertThatThrownBy(() -> caller(UserType.OWNER).require(UserType.TENANT))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anAdminIsNotAnOwner() {
    assertThatThrownBy(() -> caller(UserType.ADMIN).require(UserType.OWNER))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aCallerNeedsAUserIdAndAUserType() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Caller(null, "a@example.com", true, UserType.OWNER));
    assertThatNullPointerException()
        .isThrownBy(() -> new Caller(UUID.randomUUID(), "a@example.com", true, null));
  }

  // The shared builders live in the testdata module, which depends on this one.
  private static Caller caller(UserType type) {
    return new Caller(UUID.randomUUID(), "caller@example.test", true, type);
  }
}
