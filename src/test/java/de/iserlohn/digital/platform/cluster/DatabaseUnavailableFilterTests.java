package de.iserlohn.digital.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** While the database is unreachable, callers get 503 with Retry-After, never 500. */
class DatabaseUnavailableFilterTests {

  final DatabaseAvailability availability =
      new DatabaseAvailability(
          new DriverManagerDataSource("jdbc:h2:mem:unreachable;IFEXISTS=TRUE"),
          Duration.ofHours(1));
  final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(availability);

  private static MockFilterChain failingWith(Exception failure) {
    return new MockFilterChain() {
      @Override
      public void doFilter(
          jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
          throws java.io.IOException, ServletException {
        if (failure instanceof ServletException s) {
          throw s;
        }
        throw (RuntimeException) failure;
      }
    };
  }

  @Test
  void anApiCallThatFindsNoConnectionGets503WithRetryAfterAndAProblem() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/invoices");
    MockHttpServletResponse response = new MockHttpServletResponse();
    Exception noConnection =
        new ServletException(
            new CannotCreateTransactionException(
                "no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

    filter.doFilter(request, response, failingWith(noConnection));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":503");
    assertThat(availability.down()).isTrue();
  }

  @Test
  void whileTheDatabaseIsDownAPageGetsTheGermanNoticeAtOnce() throws Exception {
    availability.markDown(new SQLException("connection refused", "08001"));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/portal/");
    request.addHeader("Accept", "text/html");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("10");
    assertThat(response.getContentAsString()).contains("Vorübergehend nicht verfügbar");
    assertThat(chain.getRequest()).as("not passed on").isNull();
  }

  @Test
  void healthIsNotFilteredSoThatItCanAnswerDown() throws Exception {
    availability.markDown(new SQLException("connection refused", "08001"));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/health");
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest()).isNotNull();
  }

  @Test
  void otherFailuresAreNotTakenForAnOutage() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    request,
                    new MockHttpServletResponse(),
                    failingWith(new ProcessEngineException("unknown process definition"))))
        .isInstanceOf(ProcessEngineException.class);
    assertThat(availability.down()).isFalse();
  }

  @Test
  void anOutageIsFoundThroughTheEnginesWrapping() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new ProcessEngineException(
                    "persistence", new SQLException("terminating connection", "57P01"))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.causedBy(
                new org.springframework.orm.jpa.JpaSystemException(
                    new RuntimeException(
                        "Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")))))
        .isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
  }
}
