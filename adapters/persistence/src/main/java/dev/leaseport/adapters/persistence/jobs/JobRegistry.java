package dev.leaseport.adapters.persistence.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The jobs this server runs, by name. Adding a job is one entry in {@link #BUILT_IN}. */
public final class JobRegistry {
  /** The jobs of the product, each one line: name and database function. */
  public static final List<DailyJob> BUILT_IN =
      List.of(
          new DailyJob("end-expired-leases", "leaseport.end_expired_leases"),
          new DailyJob("generate-rent-charges", "leaseport.generate_rent_charges"),
          new DailyJob("apply-late-fees", "leaseport.apply_late_fees"),
          new DailyJob("expire-idempotency-keys", "leaseport.expire_idempotency_keys"));

  private final Map<String, DailyJob> jobs = new LinkedHashMap<>();

  public JobRegistry(List<DailyJob> jobs) {
    for (DailyJob job : jobs) {
      if (this.jobs.putIfAbsent(job.name(), job) != null) {
        throw new IllegalArgumentException("Two jobs are named " + job.name());
      }
    }
  }

  /** The built-in jobs and those an operator added by configuration. */
  public static JobRegistry builtInAnd(List<DailyJob> configured) {
    List<DailyJob> all = new ArrayList<>(BUILT_IN);
    all.addAll(configured);
    return new JobRegistry(all);
  }

  public Optional<DailyJob> find(String name) {
    return Optional.ofNullable(jobs.get(name));
  }

  public Set<String> names() {
    return Set.copyOf(jobs.keySet());
  }

  public List<DailyJob> all() {
    return List.copyOf(jobs.values());
  }
}
