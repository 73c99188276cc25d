package dev.leaseport.adapters.rest.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UndeclaredEndpointAlarmTest {
  private final Logger logger = Logger.getLogger(UndeclaredEndpointAlarm.class.getName());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureTheLog() {
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseTheLog() {
    logger.removeHandler(capture);
  }

  @Test
  void anEndpointThatDeclaresNoCallersIsReportedAtDeployment() throws NoSuchMethodException {
    deploy("unguarded");

    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
              assertThat(r.getMessage()).contains("Undeclared#unguarded").contains("403");
            });
  }

  @Test
  void declaredAndPublicEndpointsAreNotReported() throws NoSuchMethodException {
    deploy("owners");
    deploy("open");

    assertThat(records).isEmpty();
  }

  @Test
  void aHandlerTheRuntimeAddsIsNotTheApplicationsToDeclare() throws NoSuchMethodException {
    deploy(RuntimeHandler.class, "apply");

    assertThat(records).isEmpty();
  }

  /** Like Jersey's own {@code OPTIONS} handlers: a resource method with no {@code @GET}... */
  public static class RuntimeHandler {
    public String apply() {
      return "GET, POST";
    }
  }

  private void deploy(String methodName) throws NoSuchMethodException {
    deploy(BearerAuthenticationTest.Undeclared.class, methodName);
  }

  private void deploy(Class<?> type, String methodName) throws NoSuchMethodException {
    Method method = type.getMethod(methodName);
    new UndeclaredEndpointAlarm()
        .configure(
            new ResourceInfo() {
              @Override
              public Method getResourceMethod() {
                return method;
              }

              @Override
              public Class<?> getResourceClass() {
                return type;
              }
            },
            null);
  }
}
