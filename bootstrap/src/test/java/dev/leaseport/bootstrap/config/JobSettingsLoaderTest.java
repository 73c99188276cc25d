package dev.leaseport.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.persistence.jobs.DailyJob;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scheduled jobs' keys: on by default, a UTC time of day, an operator's own jobs, the rent
 * job's lead days.
 */
class JobSettingsLoaderTest {

  @Test
  void jobsRunDailyFromTwoInTheMorningUtcByDefault() {
    JobSettings jobs = load(local()).jobs();

    assertThat(jobs.enabled()).isTrue();
    assertThat(jobs.dailyAt()).isEqualTo(LocalTime.of(2, 0));
    assertThat(jobs.extra()).isEmpty();
  }

  @Test
  void jobsCanBeSwitchedOffMovedAndExtended() {
    Map<String, String> env = local();
    env.put("LEASEPORT_JOBS_ENABLED", "false");
    env.put("LEASEPORT_JOBS_DAILY_AT", "23:45");
    env.put("LEASEPORT_JOBS_EXTRA", "tidy-up=ops.tidy_up, count-things = ops.count_things");

    JobSettings jobs = load(env).jobs();

    assertThat(jobs.enabled()).isFalse();
    assertThat(jobs.dailyAt()).isEqualTo(LocalTime.of(23, 45));
    assertThat(jobs.extra())
        .containsExactly(
            new DailyJob("tidy-up", "ops.tidy_up"),
            new DailyJob("count-things", "ops.count_things"));
    assertThat(load(env).toString()).contains("jobsEnabled=false", "jobsDailyAt=23:45Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "2:00", "24:00", "02:60", "02:00:00", "noon"})
  void aTimeOfDayThatIsNotHhMmIsRefused(String value) {
    problems(local("LEASEPORT_JOBS_DAILY_AT", value))
        .containsExactly("LEASEPORT_JOBS_DAILY_AT must be a UTC time of day, HH:MM (e.g. 02:00)");
  }

  @Test
  void anEnabledFlagThatIsNotABooleanIsRefused() {
    problems(local("LEASEPORT_JOBS_ENABLED", "yes"))
        .containsExactly("LEASEPORT_JOBS_ENABLED must be true or false");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tidy",
        "Tidy=ops.tidy",
        "tidy=tidy",
        "tidy=ops.tidy(); drop table x",
        "tidy=ops.tidy=x"
      })
  void anExtraJobThatIsNotNameEqualsSchemaDotFunctionIsRefused(String value) {
    problems(local("LEASEPORT_JOBS_EXTRA", value))
        .singleElement()
        .asString()
        .startsWith("LEASEPORT_JOBS_EXTRA must list name=schema.function pairs");
  }

  @Test
  void theRentJobCreatesChargesSevenDaysAheadUnlessConfigured() {
    assertThat(load(local()).jobs().chargeLeadDays()).isEqualTo(7);
    assertThat(load(local("LEASEPORT_CHARGE_LEAD_DAYS", "0")).jobs().chargeLeadDays()).isZero();
    assertThat(load(local("LEASEPORT_CHARGE_LEAD_DAYS", "60")).toString())
        .contains("chargeLeadDays=60");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "61", "seven", "7.5"})
  void leadDaysOutsideZeroToSixtyAreRefused(String value) {
    problems(local("LEASEPORT_CHARGE_LEAD_DAYS", value))
        .containsExactly("LEASEPORT_CHARGE_LEAD_DAYS must be a whole number from 0 to 60");
  }

  @Test
  void twoJobsOfOneNameAreRefused() {
    problems(local("LEASEPORT_JOBS_EXTRA", "tidy=ops.a,tidy=ops.b"))
        .containsExactly("LEASEPORT_JOBS_EXTRA: Two jobs are named tidy");
  }

  private static Map<String, String> local(String... keysAndValues) {
    Map<String, String> env = new HashMap<>();
    env.put("LEASEPORT_MODE", "local");
    env.put("LEASEPORT_HTTP_HOST", "127.0.0.1");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      env.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return env;
  }

  private static LeaseportSettings load(Map<String, String> env) {
    return SettingsLoader.load(key -> Optional.ofNullable(env.get(key)));
  }

  private static ListAssert<String> problems(Map<String, String> env) {
    return assertThatThrownBy(() -> load(env))
        .asInstanceOf(InstanceOfAssertFactories.type(InvalidConfigurationException.class))
        .extracting(InvalidConfigurationException::problems)
        .asInstanceOf(InstanceOfAssertFactories.list(String.class));
  }
}
