package dev.leaseport.bootstrap.wiring;

import dev.leaseport.adapters.persistence.analytics.JooqAnalyticsRepository;
import dev.leaseport.adapters.persistence.billing.JooqPlanUsageRepository;
import dev.leaseport.adapters.persistence.billing.JooqSubscriptionRepository;
import dev.leaseport.adapters.persistence.charge.JooqChargeRepository;
import dev.leaseport.adapters.persistence.connect.JooqPayoutAccountRepository;
import dev.leaseport.adapters.persistence.dashboard.JooqOwnerDashboardRepository;
import dev.leaseport.adapters.persistence.expense.JooqExpenseRepository;
import dev.leaseport.adapters.persistence.export.JooqExportRepository;
import dev.leaseport.adapters.persistence.identity.JooqUserProfileRepository;
import dev.leaseport.adapters.persistence.invitation.JooqInvitationRepository;
import dev.leaseport.adapters.persistence.jobs.DatabaseJobRunner;
import dev.leaseport.adapters.persistence.jobs.JobRegistry;
import dev.leaseport.adapters.persistence.jobs.SystemTierAutopayClaims;
import dev.leaseport.adapters.persistence.lease.JooqLeaseRepository;
import dev.leaseport.adapters.persistence.maintenance.JooqMaintenanceRepository;
import dev.leaseport.adapters.persistence.notification.JooqNotificationRepository;
import dev.leaseport.adapters.persistence.payment.JooqPaymentRepository;
import dev.leaseport.adapters.persistence.paymentmethod.JooqLeaseAutopayRepository;
import dev.leaseport.adapters.persistence.paymentmethod.JooqPaymentMethodRepository;
import dev.leaseport.adapters.persistence.portal.JooqTenantOverviewRepository;
import dev.leaseport.adapters.persistence.property.JooqPropertyRepository;
import dev.leaseport.adapters.persistence.support.CallTimer;
import dev.leaseport.adapters.persistence.system.SystemReason;
import dev.leaseport.adapters.persistence.system.SystemTier;
import dev.leaseport.adapters.persistence.tenant.JooqTenantRepository;
import dev.leaseport.adapters.persistence.tier.HeldRequestTransactions;
import dev.leaseport.adapters.persistence.tier.JooqUserTransactions;
import dev.leaseport.adapters.persistence.tier.TransactionContext;
import dev.leaseport.adapters.persistence.unit.JooqUnitRepository;
import dev.leaseport.adapters.persistence.webhooks.PaymentEventHandlers;
import dev.leaseport.adapters.persistence.webhooks.StripeWebhookInbox;
import dev.leaseport.adapters.persistence.webhooks.SystemTierPaymentEventLog;
import dev.leaseport.application.port.IdempotencyKeys;
import dev.leaseport.application.port.UserTransactions;
import dev.leaseport.bootstrap.jobs.JobRunReporter;
import dev.leaseport.bootstrap.jobs.ServerName;
import dev.leaseport.bootstrap.startup.LeaseportRuntime;
import dev.leaseport.domain.analytics.AnalyticsRepository;
import dev.leaseport.domain.billing.PlanCatalog;
import dev.leaseport.domain.billing.PlanUsageRepository;
import dev.leaseport.domain.billing.SubscriptionRepository;
import dev.leaseport.domain.charge.ChargeRepository;
import dev.leaseport.domain.dashboard.OwnerDashboardRepository;
import dev.leaseport.domain.expense.ExpenseRepository;
import dev.leaseport.domain.export.ExportRepository;
import dev.leaseport.domain.identity.UserProfileRepository;
import dev.leaseport.domain.invitation.InvitationRepository;
import dev.leaseport.domain.job.JobRunner;
import dev.leaseport.domain.lease.LeaseRepository;
import dev.leaseport.domain.maintenance.MaintenanceRepository;
import dev.leaseport.domain.notification.NotificationRepository;
import dev.leaseport.domain.payment.PaymentEventInbox;
import dev.leaseport.domain.payment.PaymentEventLog;
import dev.leaseport.domain.payment.PaymentRepository;
import dev.leaseport.domain.payment.PayoutAccountRepository;
import dev.leaseport.domain.paymentmethod.AutopayClaims;
import dev.leaseport.domain.paymentmethod.LeaseAutopayRepository;
import dev.leaseport.domain.paymentmethod.PaymentMethodRepository;
import dev.leaseport.domain.portal.TenantOverviewRepository;
import dev.leaseport.domain.property.PropertyRepository;
import dev.leaseport.domain.tenant.TenantRepository;
import dev.leaseport.domain.unit.UnitRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
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
  @Inject LeaseportRuntime runtime;
  @Inject PlanCatalog plans;

  private TransactionContext transactions;
  private UserTransactions userTransactions;
  private IdempotencyKeys idempotencyKeys;
  private SystemTier systemTier;
  private JobRunner jobRunner;
  private PaymentEventInbox paymentEventInbox;

  @PostConstruct
  void build() {
    transactions = new TransactionContext();
    userTransactions = new JooqUserTransactions(dsl(dataSource), transactions);
    idempotencyKeys = new HeldRequestTransactions(dsl(dataSource), transactions);
    systemTier = new SystemTier(dsl(systemDataSource), reason -> systemTierUses(reason).inc());
    // Every reason's counter exists from the start (at 0), so a dashboard sees each one.
    for (SystemReason reason : SystemReason.values()) {
      systemTierUses(reason);
    }
    jobRunner =
        new DatabaseJobRunner(
            systemTier,
            JobRegistry.builtInAnd(runtime.settings().jobs().extra()),
            ServerName.current(),
            new JobRunReporter(metrics),
            // What the rent job reads as its lead days (ADR 0020).
            Map.of(
                "leaseport.charge_lead_days",
                String.valueOf(runtime.settings().jobs().chargeLeadDays())));
    paymentEventInbox =
        new StripeWebhookInbox(
            systemTier,
            new PaymentEventHandlers(PaymentEventHandlerList.all(plans)),
            (type, outcome) ->
                metrics
                    .counter(
                        "leaseport_stripe_events",
                        new Tag("type", type),
                        new Tag("outcome", outcome.name()))
                    .inc());
  }

  /** Every report's database call, timed as {@code leaseport_report_seconds{report=...}}. */
  private CallTimer reportTimer() {
    return new CallTimer() {
      @Override
      public <T> T time(String name, Supplier<T> call) {
        try (Timer.Context ignored =
            metrics.timer("leaseport_report_seconds", new Tag("report", name)).time()) {
          return call.get();
        }
      }
    };
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
  IdempotencyKeys idempotencyKeys() {
    return idempotencyKeys;
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
  TenantRepository tenants() {
    return new JooqTenantRepository(transactions);
  }

  @Produces
  InvitationRepository invitations() {
    return new JooqInvitationRepository(transactions);
  }

  @Produces
  NotificationRepository notifications() {
    return new JooqNotificationRepository(transactions);
  }

  @Produces
  LeaseRepository leases() {
    return new JooqLeaseRepository(transactions);
  }

  @Produces
  ChargeRepository charges() {
    return new JooqChargeRepository(transactions);
  }

  @Produces
  MaintenanceRepository maintenanceRequests() {
    return new JooqMaintenanceRepository(transactions);
  }

  @Produces
  ExpenseRepository expenses() {
    return new JooqExpenseRepository(transactions);
  }

  @Produces
  TenantOverviewRepository tenantOverviews() {
    return new JooqTenantOverviewRepository(transactions);
  }

  @Produces
  OwnerDashboardRepository ownerDashboards() {
    return new JooqOwnerDashboardRepository(transactions, reportTimer());
  }

  @Produces
  AnalyticsRepository analytics() {
    return new JooqAnalyticsRepository(transactions, reportTimer());
  }

  @Produces
  PlanUsageRepository planUsage() {
    return new JooqPlanUsageRepository(transactions);
  }

  @Produces
  SubscriptionRepository subscriptions() {
    return new JooqSubscriptionRepository(transactions);
  }

  @Produces
  UserProfileRepository profiles() {
    return new JooqUserProfileRepository(transactions);
  }

  @Produces
  PaymentMethodRepository paymentMethods() {
    return new JooqPaymentMethodRepository(transactions);
  }

  @Produces
  LeaseAutopayRepository leaseAutopay() {
    return new JooqLeaseAutopayRepository(transactions);
  }

  @Produces
  AutopayClaims autopayClaims() {
    return new SystemTierAutopayClaims(systemTier);
  }

  @Produces
  JobRunner jobRunner() {
    return jobRunner;
  }

  @Produces
  PayoutAccountRepository payoutAccountRows() {
    return new JooqPayoutAccountRepository(transactions);
  }

  @Produces
  PaymentRepository paymentRows() {
    return new JooqPaymentRepository(transactions);
  }

  @Produces
  PaymentEventInbox paymentEventInbox() {
    return paymentEventInbox;
  }

  @Produces
  PaymentEventLog paymentEventLog() {
    return new SystemTierPaymentEventLog(systemTier);
  }

  @Produces
  ExportRepository exports() {
    return new JooqExportRepository(transactions, reportTimer());
  }
}
