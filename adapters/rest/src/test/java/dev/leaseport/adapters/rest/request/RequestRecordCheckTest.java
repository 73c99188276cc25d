package dev.leaseport.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestRecordCheckTest {

  record Readable(String name) {}

  record Unreadable(List<String> names) {}

  static class Resource {
    public void good(Readable body) {}

    public void bad(Unreadable body) {}

    public void query(@BeanParam Unreadable notABody) {}
  }

  @Test
  void aReadableBodyRecordDeploys() throws Exception {
    assertThatCode(() -> check("good", Readable.class)).doesNotThrowAnyException();
  }

  @Test
  void aBodyRecordTheReaderCannotFillStopsTheDeploymentNamingTheField() {
    assertThatThrownBy(() -> check("bad", Unreadable.class)).hasMessageContaining("names");
  }

  @Test
  void aRecordBoundByAJaxRsAnnotationIsNotABody() {
    assertThatCode(() -> check("query", Unreadable.class)).doesNotThrowAnyException();
  }

  private static void check(String name, Class<?> parameter) throws Exception {
    Method method = Resource.class.getMethod(name, parameter);
    new RequestRecordCheck()
        .configure(
            new ResourceInfo() {
              @Override
              public Method getResourceMethod() {
                return method;
              }

              @Override
              public Class<?> getResourceClass() {
                return Resource.class;
              }
            },
            null);
  }
}
