package dev.leaseport.bootstrap.config;

import dev.leaseport.domain.billing.Plan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads {@code LEASEPORT_PLANS}: one line, plans separated by {@code ;}, each {@code
 * id:stripePriceId:name:maxProperties:maxUnits}, e.g. {@code
 * starter:price_123:Starter:5:50;pro:price_456:Pro:50:500}. Every problem is reported, naming the
 * plan, and a plan with a problem is left out.
 */
final class PlansParser {
  static final String KEY = "LEASEPORT_PLANS";
  static final int MAX_LIMIT = 1_000_000;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  private static final Pattern PRICE = Pattern.compile("price_[A-Za-z0-9_]{1,200}");
  private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,60}");

  private PlansParser() {}

  static List<Plan> parse(Optional<String> raw, Consumer<String> problems) {
    if (raw.isEmpty()) {
      return List.of();
    }
    List<Plan> plans = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> prices = new HashSet<>();
    String[] entries = raw.get().split(";", -1);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      if (entry.isEmpty() && i == entries.length - 1 && i > 0) {
        continue; // a trailing ';'
      }
      String[] parts = entry.split(":", -1);
      String where = KEY + " plan " + (i + 1) + " ('" + entry + "')";
      if (parts.length != 5) {
        problems.accept(where + " must be id:stripePriceId:name:maxProperties:maxUnits");
        continue;
      }
      String id = parts[0].strip();
      String price = parts[1].strip();
      String name = parts[2].strip();
      List<String> found = new ArrayList<>();
      if (!ID.matcher(id).matches()) {
        found.add("an id of lower-case letters, digits, '-' or '_' (at most 32)");
      } else if (id.equals(Plan.FREE_ID)) {
        found.add("an id other than 'free', which names the free plan");
      } else if (!ids.add(id)) {
        found.add("an id no other plan has");
      }
      if (!PRICE.matcher(price).matches()) {
        found.add("a Stripe price id (price_...)");
      } else if (!prices.add(price)) {
        found.add("a price no other plan has");
      }
      if (!NAME.matcher(name).matches()) {
        found.add("a name of 1 to 60 characters");
      }
      int maxProperties = limit(parts[3], found, "maxProperties");
      int maxUnits = limit(parts[4], found, "maxUnits");
      if (found.isEmpty()) {
        plans.add(new Plan(id, Optional.of(price), name, maxProperties, maxUnits));
      } else {
        problems.accept(where + " needs " + String.join(", ", found));
      }
    }
    return plans;
  }

  private static int limit(String raw, List<String> found, String what) {
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= 0 && value <= MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    found.add(what + " as a whole number from 0 to " + MAX_LIMIT);
    return 0;
  }
}
