package dev.leaseport.application.connect;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.payment.IdempotencyKey;
import dev.leaseport.domain.payment.NewPayoutAccount;
import dev.leaseport.domain.payment.OnboardingUrls;
import dev.leaseport.domain.payment.OpenedPayoutAccount;
import dev.leaseport.domain.payment.PayoutAccount;
import dev.leaseport.domain.payment.PayoutAccountRepository;
import dev.leaseport.domain.payment.PayoutAccounts;
import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.UnavailableException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutAccountUseCasesTest {
  private static final OnboardingUrls URLS =
      new OnboardingUrls(URI.create("https://l.example/r"), URI.create("https://l.example/f"));

  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final Rows rows = new Rows();
  private final Provider provider = new Provider(true);
  private final Caller owner = caller(UserType.OWNER);

  @Test
  void theFirstCallOpensTheAccountWithAKeyDerivedFromTheOwner() {
    OpenedPayoutAccount result = open(provider).execute(owner);

    assertThat(result.opened()).isTrue();
    assertThat(result.account().accountId())
        .isEqualTo("acct_" + owner.userId().toString().substring(0, 8));
    assertThat(provider.keys)
        .containsExactly(IdempotencyKey.of("connect-account", owner.userId()).value());
  }

  @Test
  void asAgainReturnsTheSameAccountWithoutAskingTheProvider() {
    open(provider).execute(owner);

    OpenedPayoutAccount again = open(provider).execute(owner);

    assertThat(again.opened()).isFalse();
    assertThat(provider.keys).hasSize(1);
  }

  @Test
  void whenTheProviderFailsNothingIsWritten() {
    provider.failure = UnavailableException.paymentProvider(10);

    assertThatThrownBy(() -> open(provider).execute(owner)).isSameAs(provider.failure);
    assertThat(rows.row).isEmpty();
  }

  @Test
  void withoutAProviderEveryRouteIsPaymentsNotConfigured() {
    Provider off = new Provider(false);
    for (Runnable call :
        List.<Runnable>of(
            () -> open(off).execute(owner),
            () -> new GetPayoutAccount(transactions, rows, off).execute(owner),
            () -> new CreateOnboardingLink(transactions, rows, off, URLS).execute(owner))) {
      assertThatThrownBy(call::run)
          .isInstanceOf(UnavailableException.class)
          .extracting("code")
          .isEqualTo("payments-not-configured");
    }
    assertThat(transactions.callers()).isEmpty();
  }

  @Test
  void tenantsAndAdminsMayNotHaveAPayoutAccount() {
    for (UserType type : new UserType[] {UserType.TENANT, UserType.ADMIN}) {
      assertThatThrownBy(() -> open(provider).execute(caller(type)))
          .isInstanceOf(ForbiddenException.class);
    }
    assertThat(provider.keys).isEmpty();
  }

  @Test
  void readingAnAccountNotYetOpenIsNotFound() {
    assertThatThrownBy(() -> new GetPayoutAccount(transactions, rows, provider).execute(owner))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anOnboardingLinkNeedsAnOpenAccountAndIsNewEachTime() {
    CreateOnboardingLink link = new CreateOnboardingLink(transactions, rows, provider, URLS);
    assertThatThrownBy(() -> link.execute(owner))
        .isInstanceOf(ConflictException.class)
        .extracting("code")
        .isEqualTo("payout-account-missing");

    open(provider).execute(owner);
    link.execute(owner);
    link.execute(owner);

    assertThat(provider.keys.subList(1, 3)).doesNotHaveDuplicates();
    assertThat(provider.urls).containsOnly(URLS);
  }

  private OpenPayoutAccount open(PayoutAccounts provider) {
    return new OpenPayoutAccount(transactions, rows, provider);
  }

  private final class Rows implements PayoutAccountRepository {
    Optional<PayoutAccount> row = Optional.empty();

    @Override
    public Optional<PayoutAccount> findMine() {
      transactions.requireOpen();
      return row;
    }

    @Override
    public boolean create(UUID ownerId, String accountId) {
      transactions.requireOpen();
      if (row.isPresent()) {
        return false;
      }
      row =
          Optional.of(new PayoutAccount(accountId, false, false, false, List.of(), Instant.now()));
      return true;
    }
  }

  private static final class Provider implements PayoutAccounts {
    final boolean configured;
    final List<String> keys = new ArrayList<>();
    final List<OnboardingUrls> urls = new ArrayList<>();
    RuntimeException failure;

    Provider(boolean configured) {
      this.configured = configured;
    }

    @Override
    public boolean isConfigured() {
      return configured;
    }

    @Override
    public String createExpressAccount(NewPayoutAccount account, IdempotencyKey key) {
      if (failure != null) {
        throw failure;
      }
      keys.add(key.value());
      return "acct_" + account.ownerId().toString().substring(0, 8);
    }

    @Override
    public URI onboardingLink(String accountId, OnboardingUrls urls, IdempotencyKey key) {
      keys.add(key.value());
      this.urls.add(urls);
      return URI.create("https://connect.example/" + accountId);
    }
  }
}
