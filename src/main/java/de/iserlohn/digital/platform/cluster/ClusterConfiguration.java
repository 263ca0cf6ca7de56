package de.iserlohn.digital.platform.cluster;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionException;

/** The 503 answers while the database is unreachable, for MVC, pages and the engine REST API. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

  /** Outermost, before security: the login itself may need the database. */
  @Bean
  FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
      DatabaseAvailability availability) {
    FilterRegistrationBean<DatabaseUnavailableFilter> registration =
        new FilterRegistrationBean<>(new DatabaseUnavailableFilter(availability));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /**
   * The engine REST API (Jersey) maps exceptions itself, an outage to 500: engine exceptions caused
   * by an outage and failed transaction starts become the same 503 as everywhere else.
   */
  @Bean
  ResourceConfigCustomizer engineRestDatabaseUnavailable(DatabaseAvailability availability) {
    return config ->
        config
            .register(new EngineExceptions(availability))
            .register(new TransactionFailures(availability));
  }

  static Response unavailable(DatabaseAvailability availability, Throwable cause) {
    availability.markDown(cause);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE)
        .header("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER_SECONDS)
        .type("application/problem+json")
        .entity(DatabaseUnavailableFilter.PROBLEM)
        .build();
  }

  /** Ahead of the engine's own mapper of the same type (priority); everything else stays its. */
  @Priority(1)
  static final class EngineExceptions implements ExceptionMapper<ProcessEngineException> {

    private final DatabaseAvailability availability;
    private final ProcessEngineExceptionHandler engine = new ProcessEngineExceptionHandler();

    EngineExceptions(DatabaseAvailability availability) {
      this.availability = availability;
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return DatabaseUnavailable.causedBy(e) ? unavailable(availability, e) : engine.toResponse(e);
    }
  }

  /** A transaction that cannot begin (no connection) before the engine command runs. */
  @Priority(1)
  static final class TransactionFailures implements ExceptionMapper<TransactionException> {

    private final DatabaseAvailability availability;

    TransactionFailures(DatabaseAvailability availability) {
      this.availability = availability;
    }

    @Override
    public Response toResponse(TransactionException e) {
      if (DatabaseUnavailable.causedBy(e)) {
        return unavailable(availability, e);
      }
      return Response.serverError().build();
    }
  }
}
