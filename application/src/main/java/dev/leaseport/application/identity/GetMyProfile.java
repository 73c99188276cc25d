package dev.leaseport.application.identity;

import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserProfile;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.shared.NotFoundException;

/** Any signed-in user reads their own profile. */
public final class GetMyProfile {
  private final UserTransactions transactions;
  private final UserProfileRepository profiles;

  public GetMyProfile(UserTransactions transactions, UserProfileRepository profiles) {
    this.transactions = transactions;
    this.profiles = profiles;
  }

  public UserProfile execute(Caller caller) {
    return transactions.run(
        caller, () -> profiles.findCurrent().orElseThrow(() -> new NotFoundException("Profile")));
  }
}
