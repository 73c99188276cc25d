package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.Money;
import dev.leaseport.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

  record Inner(String city, Long amount) {}

  record Everything(
      String text,
      Integer small,
      Long large,
      BigDecimal decimal,
      PropertyStatus status,
      Inner inner,
      Money money) {}

  record Patch(Change<String> name, Change<Inner> inner, Change<PropertyStatus> status) {}

  record Unsupported(List<String> tags) {}

  record Primitive(int count) {}

  record NestedUnsupported(Change<Unsupported> inner) {}

  @Test
  void everySupportedTypeIsFilledFromItsField() {
    Everything read =
        JsonRecords.read(
            Everything.class,
            "{\"text\": \"t\", \"small\": 2, \"large\": 10000000000, \"decimal\": 1.5,"
                + " \"status\": \"ARCHIVED\", \"inner\": {\"city\": \"Oslo\", \"amount\": 3},"
                + " \"money\": {\"amount\": 150000, \"currency\": \"EUR\"}}");

    assertThat(read)
        .isEqualTo(
            new Everything(
                "t",
                2,
                10_000_000_000L,
                new BigDecimal("1.5"),
                PropertyStatus.ARCHIVED,
                new Inner("Oslo", 3L),
                new Money(150_000, "eur")));
  }

  @Test
  void absentAndNullPlainFieldsAreNull() {
    Everything read = JsonRecords.read(Everything.class, "{\"text\": null, \"inner\": null}");

    assertThat(read).isEqualTo(new Everything(null, null, null, null, null, null, null));
  }

  @Test
  void patchComponentsTellAbsentFromNullFromAValue() {
    Patch read = JsonRecords.read(Patch.class, "{\"name\": null, \"inner\": {\"city\": \"Rome\"}}");

    assertThat(read.name()).isEqualTo(Change.cleared());
    assertThat(read.inner()).isEqualTo(Change.to(new Inner("Rome", null)));
    assertThat(read.status()).isEqualTo(Change.unchanged());
  }

  @Test
  void unknownFieldsAndWrongTypesAnywhereAreReportedTogetherWithTheirPaths() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    Patch.class,
                    "{\"name\": 1, \"inner\": {\"city\": true, \"zip\": \"1\"}, \"extra\": 0}"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("malformed-request");
            })
        .hasMessageContaining("'name' must be a string")
        .hasMessageContaining("'inner.city' must be a string")
        .hasMessageContaining("unknown field 'inner.zip'")
        .hasMessageContaining("unknown field 'extra'");
  }

  @Test
  void aValueOutsideAnEnumAndTheNulCharacterAre422NamingTheField() {
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                    Everything.class,
                    "{\"status\": \"GONE\", \"inner\": {\"city\": \"a\\u0000b\"}}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("status", "inner.city"));
  }

  @Test
  void moneyWithoutAnAmountIsAValidationFailureOnTheAmount() {
    assertThatThrownBy(() -> JsonRecords.read(Everything.class, "{\"money\": {}}"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("money.amount"));
  }

  @Test
  void aBodyThatIsNotAnObjectIsMalformed() {
    assertThatThrownBy(() -> JsonRecords.read(Patch.class, "[]"))
        .isInstanceOf(ApiProblem.class)
        .hasMessageContaining("JSON object");
  }

  @Test
  void aComponentTypeTheReaderDoesNotKnowFailsLoudlyRatherThanGuessing() {
    assertThatThrownBy(() -> JsonRecords.read(Unsupported.class, "{\"tags\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tags");
  }

  @Test
  void everyRequestRecordOfTheApiIsReadable() {
    for (Class<?> type :
        List.of(
            Everything.class,
            Patch.class,
            dev.leaseport.adapters.rest.property.NewPropertyRequest.class,
            dev.leaseport.adapters.rest.property.PropertyPatchRequest.class,
            dev.leaseport.adapters.rest.unit.NewUnitRequest.class,
            dev.leaseport.adapters.rest.unit.UnitPatchRequest.class,
            dev.leaseport.adapters.rest.profile.ProfilePatchRequest.class,
            dev.leaseport.adapters.rest.local.DevTokenRequest.class)) {
      JsonRecords.requireReadable(type);
    }
  }

  @Test
  void aRecordWithAComponentTheReaderCannotFillIsRefusedUpFrontNamingIt() {
    assertThatThrownBy(() -> JsonRecords.requireReadable(Unsupported.class))
        .hasMessageContaining("tags");
    assertThatThrownBy(() -> JsonRecords.requireReadable(Primitive.class))
        .as("a primitive cannot say absent")
        .hasMessageContaining("count");
    assertThatThrownBy(() -> JsonRecords.requireReadable(NestedUnsupported.class))
        .hasMessageContaining("tags");
  }
}
