package dev.leaseport.adapters.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.adapters.persistence.jooq.leaseport.Leaseport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jooq.EnumType;
import org.jooq.Field;
import org.junit.jupiter.api.Test;

/** The forced types of the code generation: the columns speak the domain's types. */
class GeneratedTypesTest {
  private static final List<Field<?>> COLUMNS =
      Leaseport.LEASEPORT.getTables().stream().flatMap(t -> Arrays.stream(t.fields())).toList();

  @Test
  void everyDatabaseEnumColumnIsADomainEnumWithExactlyTheDatabaseLiterals() {
    List<Field<?>> enumColumns = COLUMNS.stream().filter(f -> f.getDataType().isEnum()).toList();

    assertThat(enumColumns).hasSizeGreaterThanOrEqualTo(4);
    for (Field<?> column : enumColumns) {
      Class<?> domain = column.getType();
      assertThat(domain.getPackageName()).as(column.toString()).startsWith("dev.leaseport.domain");
      assertThat(literals(column.getConverter().fromType()))
          .as(column.toString())
          .containsExactlyInAnyOrderElementsOf(names(domain));
    }
  }

  @Test
  void timestampsAreInstants() {
    assertThat(COLUMNS)
        .filteredOn(f -> f.getName().endsWith("_at"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.getType()).as(f.toString()).isEqualTo(Instant.class));
  }

  private static List<String> literals(Class<?> databaseEnum) {
    return Arrays.stream(databaseEnum.getEnumConstants())
        .map(c -> ((EnumType) c).getLiteral())
        .toList();
  }

  private static List<String> names(Class<?> domainEnum) {
    return Arrays.stream(domainEnum.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }
}
