package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leaseport.adapters.rest.problem.ApiProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BodyCharsetTest {

  @ParameterizedTest
  @ValueSource(strings = {"bogus", "not a charset!", "x-no-such-charset"})
  void aCharsetNobodyKnowsIsAMalformedRequest(String charset) {
    assertProblem(charset, 400, "malformed-request");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISO-8859-1", "utf-16", "windows-1252"})
  void aRealCharsetOtherThanUtf8IsAnUnsupportedMediaType(String charset) {
    assertProblem(charset, 415, "unsupported-media-type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"utf-8", "UTF-8", "utf8", "us-ascii"})
  void utf8AndItsAsciiSubsetAreAccepted(String charset) {
    assertThatCode(() -> new BodyCharset().filter(requestWith(json(charset))))
        .doesNotThrowAnyException();
  }

  @Test
  void theJsonFamilyIsCheckedToo() {
    assertThatThrownBy(
            () ->
                new BodyCharset()
                    .filter(
                        requestWith(
                            new MediaType(
                                "application", "merge-patch+json", Map.of("charset", "bogus")))))
        .isInstanceOf(ApiProblem.class);
  }

  @Test
  void anotherMediaTypeIsLeftToResourceMatchingWhateverItsCharset() {
    for (String charset : new String[] {"ISO-8859-1", "bogus"}) {
      assertThatCode(
              () ->
                  new BodyCharset()
                      .filter(
                          requestWith(new MediaType("text", "plain", Map.of("charset", charset)))))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aBodyWithoutACharsetOrWithoutAContentTypeIsLeftAlone() {
    assertThatCode(() -> new BodyCharset().filter(requestWith(MediaType.APPLICATION_JSON_TYPE)))
        .doesNotThrowAnyException();
    assertThatCode(() -> new BodyCharset().filter(requestWith(null))).doesNotThrowAnyException();
  }

  private static void assertProblem(String charset, int status, String code) {
    assertThatThrownBy(() -> new BodyCharset().filter(requestWith(json(charset))))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(status);
              assertThat(problem.code()).isEqualTo(code);
            });
  }

  private static MediaType json(String charset) {
    return new MediaType("application", "json", Map.of("charset", charset));
  }

  private static ContainerRequestContext requestWith(MediaType type) {
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            BodyCharsetTest.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getMediaType")) {
                return type;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
