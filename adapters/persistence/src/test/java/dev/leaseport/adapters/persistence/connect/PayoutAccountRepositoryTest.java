package dev.leaseport.adapters.persistence.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.testing.DatabaseTest;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.payment.PayoutAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PayoutAccountRepositoryTest extends DatabaseTest {
  private final JooqPayoutAccountRepository rows = new JooqPayoutAccountRepository(transactions);

  @Test
  void anOwnersNewAccountStartsUnableToTakeChargesOrPayOut() {
    Caller owner = newOwner();

    assertThat(as(owner, () -> rows.create(owner.userId(), "acct_new1"))).isTrue();

    PayoutAccount account = as(owner, rows::findMine).orElseThrow();
    assertThat(account.accountId()).isEqualTo("acct_new1");
    assertThat(account.chargesEnabled()).isFalse();
    assertThat(account.payoutsEnabled()).isFalse();
    assertThat(account.detailsSubmitted()).isFalse();
    assertThat(account.requirementsDue()).isEmpty();
  }

  @Test
  void aSecondCreateKeepsTheFirstAccount() {
    Caller owner = newOwner();
    as(owner, () -> rows.create(owner.userId(), "acct_first"));

    assertThat(as(owner, () -> rows.create(owner.userId(), "acct_second"))).isFalse();
    assertThat(as(owner, rows::findMine)).map(PayoutAccount::accountId).hasValue("acct_first");
  }

  @Test
  void twoCreatesRacingWriteOneRow() throws Exception {
    Caller owner = newOwner();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return as(owner, () -> rows.create(owner.userId(), "acct_raced"));
              }));
    }
    start.countDown();
    List<Boolean> created = new ArrayList<>();
    for (Future<Boolean> r : results) {
      created.add(r.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(created).containsOnlyOnce(true);
    assertThat(database().count("select count(*) from leaseport.connected_accounts")).isEqualTo(1);
  }

  @Test
  void anotherOwnersAccountIsNotThere() {
    Caller owner = newOwner();
    as(owner, () -> rows.create(owner.userId(), "acct_mine"));

    assertThat(as(newOwner(), rows::findMine)).isEmpty();
    assertThat(as(newTenant(), rows::findMine)).isEmpty();
  }
}
