package dev.leaseport.adapters.persistence.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips each test of a {@link DatabaseTest} run whose server cannot run here (the container without
 * a Docker engine): reported as skipped, and none of its set-up or tear-down runs.
 */
final class OnlyWhereTheServerRuns implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context
        .getTestInstance()
        .filter(DatabaseTest.class::isInstance)
        .map(test -> ((DatabaseTest) test).postgres)
        .filter(postgres -> !postgres.isAvailable())
        .map(postgres -> ConditionEvaluationResult.disabled(postgres + " cannot run here"))
        .orElse(ConditionEvaluationResult.enabled("the server runs here"));
  }
}
