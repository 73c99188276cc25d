package dev.leaseport.bootstrap.wiring;

import dev.leaseport.adapters.persistence.identity.JooqUserProfileRepository;
import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.adapters.persistence.tier.JooqUserTransactions;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.unit.UnitRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Builds the jOOQ adapters once: the user tier on the request pool, the system tier on its own
 * small pool, whose login is the only one that may become {@code service_role}.
 */
@ApplicationScoped
public class PersistenceWiring {
  @Resource(lookup = "jdbc/leaseport")
  DataSource dataSource;

  @Resource(lookup = "jdbc/leaseport-system")
  DataSource systemDataSource;

  @Inject MetricRegistry metrics;

  private TransactionContext transactions;
  private UserTransactions userTransactions;
  private SystemTier systemTier;

  @PostConstruct
  void build() {
    transactions = new TransactionContext();
    userTransactions = new JooqUserTransactions(dsl(dataSource), transactions);
    systemTier = new SystemTier(dsl(systemDataSource), reason -> systemTierUses(reason).inc());
    // Every reason's counter exists from the start (at 0), so a dashboard sees each one.
    for (SystemReason reason : SystemReason.values()) {
      systemTierUses(reason);
    }
  }

  private Counter systemTierUses(SystemReason reason) {
    return metrics.counter("leaseport_system_tier_uses", new Tag("reason", reason.code()));
  }

  private static DSLContext dsl(DataSource pool) {
    return DSL.using(pool, SQLDialect.POSTGRES, new Settings().withExecuteLogging(false));
  }

  @Produces
  UserTransactions userTransactions() {
    return userTransactions;
  }

  @Produces
  PropertyRepository properties() {
    return new JooqPropertyRepository(transactions);
  }

  @Produces
  UnitRepository units() {
    return new JooqUnitRepository(transactions);
  }

  @Produces
  UserProfileRepository profiles() {
    return new JooqUserProfileRepository(transactions);
  }
}
