package dev.leaseport.application.identity;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.ProfileChanges;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.Versioned;

/** Any signed-in user changes their own name and phone; nothing else of their row. */
public final class UpdateMyProfile {
  private final UserTransactions transactions;
  private final UserProfileRepository profiles;

  public UpdateMyProfile(UserTransactions transactions, UserProfileRepository profiles) {
    this.transactions = transactions;
    this.profiles = profiles;
  }

  public UserProfile execute(Caller caller, ProfileChanges changes, Versioned expected) {
    return transactions.run(
        caller,
        () ->
            profiles
                .updateCurrent(changes, expected)
                .orElseThrow(() -> new NotFoundException("Profile")));
  }
}
