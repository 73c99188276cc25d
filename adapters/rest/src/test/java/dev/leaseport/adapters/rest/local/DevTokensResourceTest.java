package dev.leaseport.adapters.rest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.JsonRecords;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.Test;

class DevTokensResourceTest {

  @Test
  void outsideLocalModeTheRouteAnswersNotFoundLikeAnUnknownRoute() {
    DevTokensResource resource = new DevTokensResource();
    resource.issuer = LocalTokenIssuer.disabled();

    assertThatThrownBy(
            () -> resource.mint(body("{\"userType\": \"ADMIN\", \"email\": \"a@b.test\"}")))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(404);
              assertThat(problem.code()).isEqualTo("not-found");
            });
  }

  @Test
  void inLocalModeItMintsATokenForTheSameUserEveryTime() throws Exception {
    DevTokensResource resource = new DevTokensResource();
    resource.issuer =
        LocalTokenIssuer.enabled(RsaJwkGenerator.generateJwk(2048), "leaseport-local");

    var first = resource.mint(body("{\"userType\": \"TENANT\", \"email\": \"Ana@Example.test\"}"));
    var second = resource.mint(body("{\"userType\": \"TENANT\", \"email\": \"ana@example.test\"}"));

    assertThat(first.accessToken()).isNotBlank();
    assertThat(first.sub()).isEqualTo(second.sub());
  }

  /** The body as the strict reader hands it to the resource. */
  private static DevTokenRequest body(String json) {
    return JsonRecords.read(DevTokenRequest.class, json);
  }
}
