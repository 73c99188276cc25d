package dev.leaseport.application.job;

import dev.leaseport.domain.identity.Caller;
import dev.leaseport.domain.identity.UserType;
import dev.leaseport.domain.job.JobRun;
import dev.leaseport.domain.job.JobRunner;
import dev.leaseport.domain.shared.Page;
import dev.leaseport.domain.shared.PageRequest;

/** An admin reads the job runs, the most recently started first. */
public final class ListJobRuns {
  private final JobRunner jobs;

  public ListJobRuns(JobRunner jobs) {
    this.jobs = jobs;
  }

  public Page<JobRun> execute(Caller caller, PageRequest page) {
    caller.require(UserType.ADMIN);
    return jobs.recentRuns(page);
  }
}
