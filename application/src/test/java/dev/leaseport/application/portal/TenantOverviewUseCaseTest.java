package dev.leaseport.application.portal;

import static dev.leaseport.domain.testdata.CallerTestData.caller;
import static dev.leaseport.domain.testdata.CallerTestData.owner;
import static dev.leaseport.domain.testdata.CallerTestData.tenant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.application.fakes.FakeUserTransactions;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.portal.OverviewProfile;
import dev.leaseport.domain.portal.TenantOverview;
import dev.leaseport.domain.portal.TenantOverviewRepository;
import dev.leaseport.domain.shared.ForbiddenException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TenantOverviewUseCaseTest {
  private final FakeUserTransactions transactions = new FakeUserTransactions();
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void aRenterReadsTheirOverviewOnceInTheirOwnTransaction() {
    Caller renter = tenant();
    TenantOverview overview = overviewOf(renter);

    TenantOverview read = new GetTenantOverview(transactions, repository(overview)).execute(renter);

    assertThat(read).isEqualTo(overview);
    assertThat(reads).hasValue(1);
    assertThat(transactions.callers()).containsExactly(renter);
  }

  @Test
  void ownersAndAdminsAreForbiddenBeforeAnyTransaction() {
    GetTenantOverview useCase = new GetTenantOverview(transactions, repository(null));

    assertThatThrownBy(() -> useCase.execute(owner())).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> useCase.execute(caller(UserType.ADMIN)))
        .isInstanceOf(ForbiddenException.class);
    assertThat(transactions.callers()).isEmpty();
    assertThat(reads).hasValue(0);
  }

  private TenantOverviewRepository repository(TenantOverview overview) {
    return () -> {
      transactions.requireOpen();
      reads.incrementAndGet();
      return overview;
    };
  }

  private static TenantOverview overviewOf(Caller renter) {
    return new TenantOverview(
        new OverviewProfile(renter.userId(), renter.email(), Optional.empty(), Optional.empty()),
        List.of(),
        0,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
