package dev.leaseport.adapters.rest.request;

import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Money on the wire: {@code {"amount": 150000, "currency": "usd"}}, minor units, never floats. */
@Schema(
    name = "Money",
    requiredProperties = "amount",
    description = "Minor units (cents); the currency is ISO 4217, usd when left out")
public record MoneyJson(long amount, String currency) {
  public static final String DEFAULT_CURRENCY = "usd";

  public static MoneyJson of(Money money) {
    return new MoneyJson(money.amount(), money.currency());
  }

  /** Reads a money object field; the currency defaults to usd when left out. */
  public static Change<Money> read(JsonBody body, String name) {
    Change<JsonBody> object = body.object(name);
    if (!(object instanceof Change.SetTo<JsonBody> set)) {
      return object.map(ignored -> null);
    }
    JsonBody money = set.value();
    Change<Long> amount = money.longInteger("amount");
    // ISO 4217 codes are written either way; Leaseport stores them in lower case, as Stripe does.
    String currency =
        money
            .string("currency")
            .newValue()
            .map(c -> c.toLowerCase(Locale.ROOT))
            .orElse(DEFAULT_CURRENCY);
    money.finishNested();
    if (!money.hasField("amount") || amount instanceof Change.Cleared) {
      throw ValidationException.of(name + ".amount", "is required");
    }
    if (amount.newValue().isEmpty()) {
      return Change.unchanged(); // a wrong type, already recorded for the 400 answer
    }
    if (!Money.isValidCurrency(currency)) {
      throw ValidationException.of(
          name + ".currency", "must be a three-letter ISO 4217 code such as usd");
    }
    return Change.to(new Money(amount.newValue().get(), currency));
  }
}
