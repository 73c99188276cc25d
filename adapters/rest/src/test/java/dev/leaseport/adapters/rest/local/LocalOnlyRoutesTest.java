package dev.leaseport.adapters.rest.local;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalOnlyRoutesTest {

  @Test
  void everyPathUnderTheDevPrefixIsLocalOnlyHoweverItIsSpelled() {
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1", "dev", "tokens"))).isTrue();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1", "dev", "tokens", ""))).isTrue();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("", "api", "", "v1", "dev", "tokens")))
        .isTrue();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1", "dev"))).isTrue();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1", "dev", "anything", "else")))
        .isTrue();
  }

  @Test
  void otherPathsAreNot() {
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1", "properties"))).isFalse();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1", "developers"))).isFalse();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments("api", "v1"))).isFalse();
    assertThat(LocalOnlyRoutes.isLocalOnly(segments())).isFalse();
  }

  /** Decoded segments, matrix parameters already split off, as JAX-RS hands them over. */
  private static List<PathSegment> segments(String... names) {
    return Arrays.stream(names).map(LocalOnlyRoutesTest::segment).toList();
  }

  private static PathSegment segment(String name) {
    return new PathSegment() {
      @Override
      public String getPath() {
        return name;
      }

      @Override
      public MultivaluedMap<String, String> getMatrixParameters() {
        return new MultivaluedHashMap<>();
      }
    };
  }
}
