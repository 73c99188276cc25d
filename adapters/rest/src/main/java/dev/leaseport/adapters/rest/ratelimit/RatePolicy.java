package dev.leaseport.adapters.rest.ratelimit;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named limit: {@code quota} requests per {@code window}, as a token bucket that holds {@code
 * quota} tokens and refills them evenly over the window (bursts up to the quota, then a steady
 * rate). Written {@code 300/1m}: a whole number, a slash, a count of s, m or h.
 */
public record RatePolicy(String name, int quota, Duration window) {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,5})([smh])");

  public RatePolicy {
    if (quota < 1 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("A rate needs a positive quota and window");
    }
  }

  /** The policy written as {@code 300/1m}; empty when the text is not that shape. */
  public static Optional<RatePolicy> parse(String name, String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int quota = Integer.parseInt(m.group(1));
    long amount = Long.parseLong(m.group(2));
    Duration window =
        switch (m.group(3)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (quota < 1 || amount < 1) {
      return Optional.empty();
    }
    return Optional.of(new RatePolicy(name, quota, window));
  }

  /**
   * The {@code RateLimit-Policy} field value of the IETF draft, e.g. {@code "caller";q=300;w=60}.
   */
  String header() {
    return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
  }

  @Override
  public String toString() {
    return quota + "/" + window.toSeconds() + "s";
  }
}
