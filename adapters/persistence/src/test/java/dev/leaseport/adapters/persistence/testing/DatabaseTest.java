package dev.leaseport.adapters.persistence.testing;

import static dev.leaseport.domain.testdata.CallerTestData.caller;

import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.adapters.persistence.system.SystemTierListener;
import dev.leaseport.adapters.persistence.tier.JooqUserTransactions;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of every test that needs PostgreSQL. Each subclass runs once per {@link PostgresUnderTest}
 * (the embedded server always, a container where Docker runs); every test starts with no tenant
 * data and talks to the database through the same tiers the application uses.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(PostgresUnderTest.class)
@ExtendWith(OnlyWhereTheServerRuns.class)
public abstract class DatabaseTest {
  protected final TransactionContext transactions = new TransactionContext();
  @Parameter protected PostgresUnderTest postgres;
  private JooqUserTransactions userTier;

  /** The database this run of the test class talks to. */
  protected TestDatabase database() {
    return postgres.database();
  }

  @BeforeEach
  final void startFromAnEmptyDatabase() {
    database().truncateTenantData();
    userTier = new JooqUserTransactions(database().authenticator(), transactions);
  }

  /** The user tier, as the application wires it: authenticator login, one transaction per run. */
  protected JooqUserTransactions userTier() {
    return userTier;
  }

  /** Runs {@code work} in one user-tier transaction as {@code caller}. */
  protected <T> T as(Caller caller, Supplier<T> work) {
    return userTier.run(caller, work);
  }

  /** Runs {@code work} as {@code caller} in the user tier, counting every statement sent. */
  protected <T> T countingStatements(Caller caller, AtomicInteger statements, Supplier<T> work) {
    ExecuteListener counter =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            statements.incrementAndGet();
          }
        };
    DSLContext counted =
        DSL.using(database().authenticator().configuration().deriveAppending(counter));
    return new JooqUserTransactions(counted, transactions).run(caller, work);
  }

  /** The system tier, as the application wires it: its own login and pool. */
  protected SystemTier systemTier(SystemTierListener listener) {
    return new SystemTier(database().systemAuthenticator(), listener);
  }

  /** A caller whose user row exists, created by their first user-tier transaction. */
  protected Caller provisioned(UserType type) {
    Caller caller = caller(type);
    as(caller, () -> null);
    return caller;
  }

  protected Caller newOwner() {
    return provisioned(UserType.OWNER);
  }

  protected Caller newTenant() {
    return provisioned(UserType.TENANT);
  }
}
