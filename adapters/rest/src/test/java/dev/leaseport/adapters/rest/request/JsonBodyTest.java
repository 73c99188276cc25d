package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.shared.Change;
import dev.leaseport.domain.shared.FieldError;
import dev.leaseport.domain.shared.ValidationException;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

  @Test
  void aFieldThatIsAbsentIsUnchanged() {
    JsonBody body = JsonBody.parse("{}");

    assertThat(body.string("name")).isEqualTo(Change.unchanged());
    body.finish();
  }

  @Test
  void aFieldThatIsNullIsCleared() {
    JsonBody body = JsonBody.parse("{\"description\": null}");

    assertThat(body.string("description")).isEqualTo(Change.cleared());
    body.finish();
  }

  @Test
  void aFieldWithAValueIsSetToIt() {
    JsonBody body = JsonBody.parse("{\"name\": \"Maple\", \"bedrooms\": 2, \"bathrooms\": 1.5}");

    assertThat(body.string("name")).isEqualTo(Change.to("Maple"));
    assertThat(body.integer("bedrooms")).isEqualTo(Change.to(2));
    assertThat(body.decimal("bathrooms")).isEqualTo(Change.to(new BigDecimal("1.5")));
    body.finish();
  }

  @Test
  void anUnknownFieldIsAMalformedRequestNamingTheField() {
    JsonBody body = JsonBody.parse("{\"name\": \"Maple\", \"colour\": \"red\"}");
    body.string("name");

    assertMalformed(body::finish).hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void aValueOfTheWrongJsonTypeIsAMalformedRequest() {
    JsonBody body = JsonBody.parse("{\"name\": 5}");

    assertThat(body.string("name")).isEqualTo(Change.unchanged());
    assertMalformed(body::finish).hasMessageContaining("'name' must be a string");
  }

  @Test
  void aFractionWhereAWholeNumberBelongsIsAMalformedRequest() {
    JsonBody body = JsonBody.parse("{\"bedrooms\": 1.5}");
    body.integer("bedrooms");

    assertMalformed(body::finish).hasMessageContaining("'bedrooms' must be a whole number");
  }

  @Test
  void everyMalformedFieldIsReportedTogether() {
    JsonBody body = JsonBody.parse("{\"name\": 1, \"bedrooms\": \"two\", \"extra\": true}");
    body.string("name");
    body.integer("bedrooms");

    assertMalformed(body::finish)
        .hasMessageContaining("'name' must be a string")
        .hasMessageContaining("'bedrooms' must be an integer")
        .hasMessageContaining("unknown field 'extra'");
  }

  @Test
  void aValueOutsideAnEnumIsAValidationFailureOnThatField() {
    JsonBody body = JsonBody.parse("{\"status\": \"DEMOLISHED\"}");

    assertThatThrownBy(
            () -> {
              body.enumeration("status", PropertyStatus.class);
              body.finish();
            })
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("status", "must be one of ACTIVE, ARCHIVED")));
  }

  @Test
  void aValueInsideAnEnumIsRead() {
    JsonBody body = JsonBody.parse("{\"status\": \"ARCHIVED\"}");

    assertThat(body.enumeration("status", PropertyStatus.class))
        .isEqualTo(Change.to(PropertyStatus.ARCHIVED));
    body.finish();
  }

  @Test
  void nestedFieldsAreNamedWithTheirPath() {
    JsonBody body = JsonBody.parse("{\"address\": {\"city\": 5, \"zip\": \"12345\"}}");
    JsonBody address = body.object("address").newValue().orElseThrow();
    address.string("city");
    address.finishNested();

    assertMalformed(body::finish)
        .hasMessageContaining("'address.city' must be a string")
        .hasMessageContaining("unknown field 'address.zip'");
  }

  @Test
  void aNestedValueOutsideAnEnumNamesItsPath() {
    JsonBody body = JsonBody.parse("{\"filter\": {\"status\": \"GONE\"}}");
    JsonBody filter = body.object("filter").newValue().orElseThrow();

    assertThatThrownBy(
            () -> {
              filter.enumeration("status", PropertyStatus.class);
              filter.finishNested();
              body.finish();
            })
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("filter.status"));
  }

  @Test
  void malformedFieldsAreAnsweredBeforeInvalidOnes() {
    JsonBody body = JsonBody.parse("{\"status\": \"GONE\", \"name\": 1}");

    assertMalformed(
        () -> {
          body.enumeration("status", PropertyStatus.class);
          body.string("name");
          body.finish();
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "not json", "[1, 2]", "\"text\"", "{\"a\": "})
  void aBodyThatIsNotAJsonObjectIsMalformed(String raw) {
    assertMalformed(() -> JsonBody.parse(raw));
  }

  @Test
  void aMissingBodyIsMalformed() {
    assertMalformed(() -> JsonBody.parse(null)).hasMessageContaining("body is required");
  }

  @Test
  void nestingDeeperThanTheParserAllowsIsMalformed() {
    assertMalformed(() -> JsonBody.parse("{\"a\": " + nested(1001) + "}"));
  }

  @Test
  void sixtyFourLevelsAreReadAndTheSixtyFifthIsMalformedNamingTheNesting() {
    JsonBody body = JsonBody.parse("{\"a\": " + nested(63) + "}");
    assertMalformed(body::finish).hasMessageContaining("unknown field 'a'");

    assertMalformed(() -> JsonBody.parse("{\"a\": " + nested(64) + "}"))
        .hasMessageContaining("nested deeper than 64");
  }

  @Test
  void bracketsInsideStringsAreNotNesting() {
    JsonBody body = JsonBody.parse("{\"name\": \"" + "[{".repeat(100) + "\\\"]\"}");

    assertThat(body.string("name").newValue()).hasValue("[{".repeat(100) + "\"]");
    body.finish();
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown", "bedrooms"})
  void aNumberLongerThanTheParserAllowsIsMalformedInAnyField(String field) {
    assertMalformed(() -> JsonBody.parse("{\"" + field + "\": " + "1".repeat(1200) + "}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e9999999999", "-1e9999999999", "1e-9999999999"})
  void anExponentBeyondAnyNumberIsMalformedInAnyField(String number) {
    assertMalformed(() -> JsonBody.parse("{\"unknown\": " + number + "}"));
    assertMalformed(() -> JsonBody.parse("{\"bedrooms\": " + number + "}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999", "1e-999999999"})
  void aReadableNumberTooLargeForAWholeNumberFieldIsMalformedNamingIt(String number) {
    JsonBody body = JsonBody.parse("{\"bedrooms\": " + number + ", \"amount\": " + number + "}");
    body.integer("bedrooms");

    assertThat(body.longInteger("amount")).isEqualTo(Change.unchanged());
    assertMalformed(body::finish).hasMessageContaining("'bedrooms'");
  }

  private static String nested(int levels) {
    return "[".repeat(levels) + "]".repeat(levels);
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable>
      assertMalformed(ThrowingCallable call) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("malformed-request");
            });
  }
}
