package dev.leaseport.bootstrap.config;

import java.util.List;

/** Every configuration problem found at start-up, reported together in one message. */
public final class InvalidConfigurationException extends RuntimeException {
  private final List<String> problems;

  public InvalidConfigurationException(List<String> problems) {
    super(
        "Leaseport cannot start: "
            + problems.size()
            + " configuration problem(s):\n  - "
            + String.join("\n  - ", problems)
            + "\nSee .env.example for every key.");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
