package dev.leaseport.adapters.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leaseport.domain.shared.ConflictException;
import dev.leaseport.domain.shared.DomainException;
import dev.leaseport.domain.shared.ErrorKind;
import dev.leaseport.domain.shared.ForbiddenException;
import dev.leaseport.domain.shared.MalformedRequestException;
import dev.leaseport.domain.shared.NotFoundException;
import dev.leaseport.domain.shared.PaymentDeclinedException;
import dev.leaseport.domain.shared.PreconditionFailedException;
import dev.leaseport.domain.shared.UnavailableException;
import dev.leaseport.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DomainExceptionMapperTest {

  @ParameterizedTest
  @EnumSource(ErrorKind.class)
  void everyErrorKindIsAClientOrAvailabilityErrorNeverA500(ErrorKind kind) {
    assertThat(DomainExceptionMapper.statusOf(kind)).isBetween(400, 503).isNotEqualTo(500);
  }

  @Test
  void eachDomainErrorAnswersItsOwnStatus() {
    Map<DomainException, Integer> expected =
        Map.of(
            new NotFoundException("Property"),
            404,
            ForbiddenException.wrongUserType("OWNER"),
            403,
            ConflictException.duplicate("taken"),
            409,
            ValidationException.of("name", "is required"),
            422,
            new PreconditionFailedException(3),
            412,
            UnavailableException.database(),
            503,
            new PaymentDeclinedException("declined"),
            402,
            MalformedRequestException.invalidSignature("bad"),
            400);

    expected.forEach(
        (exception, status) ->
            assertThat(DomainExceptionMapper.statusOf(exception.kind()))
                .as(exception.getClass().getSimpleName())
                .isEqualTo(status));
  }

  @Test
  void noTwoKindsShareAStatusSoTheTableStaysReadable() {
    List<Integer> statuses =
        Arrays.stream(ErrorKind.values()).map(DomainExceptionMapper::statusOf).toList();

    assertThat(statuses).doesNotHaveDuplicates();
  }
}
