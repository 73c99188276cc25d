package dev.leaseport.application.identity;

import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileUseCasesTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();

  @Test
  void anyUserTypeReadsTheirOwnProfileInTheirOwnTransaction() {
    Caller tenant = tenant();
    UserProfile profile = profileOf(tenant);

    UserProfile read =
        new GetMyProfile(transactions, profiles(Optional.of(profile))).execute(tenant);

    assertThat(read).isEqualTo(profile);
    assertThat(transactions.callers()).containsExactly(tenant);
  }

  @Test
  void aProfileWithoutAVisibleRowIsNotFound() {
    assertThatThrownBy(
            () -> new GetMyProfile(transactions, profiles(Optional.empty())).execute(tenant()))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Profile not found");
  }

  @Test
  void updatingAProfileWithoutAVisibleRowIsNotFound() {
    ProfileChanges changes = new ProfileChanges(Change.to("Ada"), Change.unchanged());

    assertThatThrownBy(
            () ->
                new UpdateMyProfile(transactions, profiles(Optional.empty()))
                    .execute(tenant(), changes, Versioned.any()))
        .isInstanceOf(NotFoundException.class);
  }

  private UserProfileRepository profiles(Optional<UserProfile> current) {
    return new UserProfileRepository() {
      @Override
      public Optional<UserProfile> findCurrent() {
        transactions.requireOpen();
        return current;
      }

      @Override
      public Optional<UserProfile> updateCurrent(ProfileChanges changes, Versioned expected) {
        transactions.requireOpen();
        return current;
      }
    };
  }

  private static UserProfile profileOf(Caller caller) {
    return new UserProfile(
        caller.userId(),
        caller.email(),
        Optional.empty(),
        Optional.empty(),
        caller.userType(),
        Instant.EPOCH,
        Instant.EPOCH,
        1);
  }
}
