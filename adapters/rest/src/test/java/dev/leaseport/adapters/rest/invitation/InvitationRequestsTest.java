package dev.leaseport.adapters.rest.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.ApiExamples;
import dev.leaseport.adapters.rest.problem.ApiProblem;
import dev.leaseport.adapters.rest.request.JsonRecords;
import dev.leaseport.domain.invitation.InvitationToken;
import dev.leaseport.domain.shared.ValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationRequestsTest {

  @Test
  void theAcceptBodyCarriesTheTokenOnly() {
    AcceptInvitationRequest request =
        JsonRecords.read(AcceptInvitationRequest.class, ApiExamples.ACCEPT_INVITATION);

    assertThat(request.toToken().value()).isEqualTo("q3Jx2V0m9bTzKf8uYc1WnR4sLp6dHa5EoGi7kMvXjNw");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"userId", "email", "tenantId"})
  void anIdentityFieldInTheAcceptBodyIsRefusedAsUnknown(String field) {
    String body = "{\"token\": \"abc\", \"" + field + "\": \"x\"}";

    assertThatThrownBy(() -> JsonRecords.read(AcceptInvitationRequest.class, body))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(400);
              assertThat(p.getMessage()).contains(field);
            });
  }

  @Test
  void aMissingOrOverlongTokenIsAFieldError() {
    assertThatThrownBy(() -> JsonRecords.read(AcceptInvitationRequest.class, "{}").toToken())
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                JsonRecords.read(
                        AcceptInvitationRequest.class, "{\"token\": \"" + "a".repeat(200) + "\"}")
                    .toToken())
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theInvitationBodyNamesATenantAndOptionallyAUnit() {
    UUID tenant = UUID.randomUUID();
    NewInvitationRequest request =
        JsonRecords.read(NewInvitationRequest.class, "{\"tenantId\": \"" + tenant + "\"}");

    assertThat(request.tenant()).isEqualTo(tenant);
    assertThat(request.unit()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{}", "{\"tenantId\": \"nope\"}", "{\"tenantId\": \"1-1-1-1-1\"}"})
  void aMissingOrMalformedTenantIdIsAFieldError(String body) {
    NewInvitationRequest request = JsonRecords.read(NewInvitationRequest.class, body);

    assertThatThrownBy(request::tenant)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("tenantId"));
  }

  @Test
  void theAcceptLinkIsOnThePublicUrlWithTheTokenAsItsQuery() {
    InvitationToken token = InvitationToken.generate();

    assertThat(new InvitationLinks("https://app.example.com/").acceptUrl(token))
        .hasToString("https://app.example.com/accept-invitation?token=" + token.value());
  }
}
