package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.domain.property.PropertySortField;
import dev.leaseport.domain.property.PropertyStatus;
import dev.leaseport.domain.shared.Direction;
import dev.leaseport.domain.shared.PageRequest;
import dev.leaseport.domain.shared.Sort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListParametersTest {
  private static final Map<String, PropertySortField> SORTABLE = new LinkedHashMap<>();
  private static final Sort<PropertySortField> FALLBACK = Sort.ascending(PropertySortField.NAME);

  static {
    SORTABLE.put("name", PropertySortField.NAME);
    SORTABLE.put("createdAt", PropertySortField.CREATED_AT);
  }

  @Test
  void withoutParametersTheFirstTwentyRowsAreListed() {
    assertThat(ListParameters.page(null, null)).isEqualTo(new PageRequest(20, 0));
  }

  @Test
  void aLimitAndOffsetInRangeAreTaken() {
    assertThat(ListParameters.page("100", "40")).isEqualTo(new PageRequest(100, 40));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", ""})
  void aLimitThatIsNotOneToOneHundredIsAnInvalidParameter(String limit) {
    assertInvalidParameter(() -> ListParameters.page(limit, null)).hasMessageContaining("limit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "x"})
  void aNegativeOrUnreadableOffsetIsAnInvalidParameter(String offset) {
    assertInvalidParameter(() -> ListParameters.page(null, offset)).hasMessageContaining("offset");
  }

  @Test
  void withoutASortTheFallbackApplies() {
    assertThat(ListParameters.sort(null, SORTABLE, FALLBACK)).isEqualTo(FALLBACK);
    assertThat(ListParameters.sort(" ", SORTABLE, FALLBACK)).isEqualTo(FALLBACK);
  }

  @Test
  void aWhitelistedFieldSortsAscending() {
    assertThat(ListParameters.sort("createdAt", SORTABLE, FALLBACK))
        .isEqualTo(new Sort<>(PropertySortField.CREATED_AT, Direction.ASCENDING));
  }

  @Test
  void aMinusPrefixSortsDescending() {
    assertThat(ListParameters.sort("-name", SORTABLE, FALLBACK))
        .isEqualTo(new Sort<>(PropertySortField.NAME, Direction.DESCENDING));
  }

  @ParameterizedTest
  @ValueSource(strings = {"city", "NAME", "-", "--name", "name;drop table"})
  void aFieldOutsideTheWhitelistIsAnInvalidParameterListingTheAllowedOnes(String sort) {
    assertInvalidParameter(() -> ListParameters.sort(sort, SORTABLE, FALLBACK))
        .hasMessageContaining("name, createdAt");
  }

  @Test
  void aQueryIdThatIsNotAUuidIsAnInvalidParameter() {
    assertInvalidParameter(() -> ListParameters.uuid("propertyId", "42"))
        .hasMessageContaining("propertyId must be a UUID");
  }

  @Test
  void anEnumFilterIsReadCaseInsensitively() {
    assertThat(ListParameters.enumeration("status", "archived", PropertyStatus.class))
        .contains(PropertyStatus.ARCHIVED);
    assertThat(ListParameters.enumeration("status", null, PropertyStatus.class)).isEmpty();
  }

  @Test
  void anUnknownEnumFilterIsAnInvalidParameter() {
    assertInvalidParameter(() -> ListParameters.enumeration("status", "gone", PropertyStatus.class))
        .hasMessageContaining("ACTIVE, ARCHIVED");
  }

  @Test
  void anOverlongTextFilterIsAnInvalidParameter() {
    assertInvalidParameter(() -> ListParameters.text("q", "x".repeat(101), 100));
    assertThat(ListParameters.text("q", "  maple ", 100)).contains("maple");
  }

  @ParameterizedTest
  @ValueSource(strings = {"65536", "-1", "101", "2147483648"})
  void aWholeNumberOutsideItsRangeIsAnInvalidParameterNamingIt(String raw) {
    assertInvalidParameter(() -> ListParameters.optionalInt("minBedrooms", raw, 0, 100))
        .hasMessageContaining("minBedrooms must be between 0 and 100");
  }

  @Test
  void aWholeNumberInsideItsRangeIsRead() {
    assertThat(ListParameters.optionalInt("minBedrooms", "100", 0, 100)).hasValue(100);
    assertThat(ListParameters.optionalInt("minBedrooms", null, 0, 100)).isEmpty();
    assertThat(ListParameters.optionalLong("maxRent", " 0 ", 0, 10)).hasValue(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "11", "99999999999999999999", "1e3", "0.5"})
  void aLongOutsideItsRangeOrUnreadableIsAnInvalidParameterNamingIt(String raw) {
    assertInvalidParameter(() -> ListParameters.optionalLong("maxRent", raw, 0, 10))
        .hasMessageContaining("maxRent");
  }

  @Test
  void anOffsetBeyondAMillionIsAnInvalidParameter() {
    assertThat(ListParameters.page(null, "1000000").offset()).isEqualTo(1_000_000);
    assertInvalidParameter(() -> ListParameters.page(null, "1000001"))
        .hasMessageContaining("offset");
  }

  private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable>
      assertInvalidParameter(ThrowingCallable call) {
    return assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(400);
              assertThat(problem.code()).isEqualTo("invalid-parameter");
            });
  }
}
