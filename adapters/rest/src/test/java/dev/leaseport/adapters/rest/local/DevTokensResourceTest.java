package dev.leaseport.adapters.rest.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import org.jose4j.jwk.RsaJwkGenerator;
import org.junit.jupiter.api.Test;

class DevTokensResourceTest {

  @Test
  void outsideLocalModeTheRouteAnswersNotFoundLikeAnUnknownRoute() {
    DevTokensResource resource = new DevTokensResource();
    resource.issuer = LocalTokenIssuer.disabled();

    assertThatThrownBy(() -> resource.mint("{\"userType\": \"ADMIN\", \"email\": \"a@b.test\"}"))
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

    var first = resource.mint("{\"userType\": \"TENANT\", \"email\": \"Ana@Example.test\"}");
    var second = resource.mint("{\"userType\": \"TENANT\", \"email\": \"ana@example.test\"}");

    assertThat(first.accessToken()).isNotBlank();
    assertThat(first.sub()).isEqualTo(second.sub());
  }
}
