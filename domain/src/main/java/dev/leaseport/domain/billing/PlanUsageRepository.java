package dev.leaseport.domain.billing;

/** The caller's plan usage, inside the caller's transaction. */
public interface PlanUsageRepository {

  /**
   * The caller's usage, read after taking a lock that lasts until the transaction ends: two creates
   * by one owner run one after the other, so the second counts what the first inserted.
   */
  PlanUsage lockForCreate();
}
