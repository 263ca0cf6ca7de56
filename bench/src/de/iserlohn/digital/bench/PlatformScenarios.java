package de.iserlohn.digital.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The platform's scenarios: starting a one-user-task process through the Java API (bare engine),
 * as an authenticated user, and through the engine REST API.
 */
final class PlatformScenarios {

  static final String PROCESS_KEY = "bench-one-task";

  private PlatformScenarios() {}

  static List<Scenario> all() {
    return List.of(new EngineJava(), new EngineJavaAsUser(), new EngineRest());
  }

  /** Deploys the benchmark's own model (not part of the city's models). */
  static void deployBenchModel(BenchContext context) {
    RepositoryService repository = context.bean(RepositoryService.class);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() > 0) {
      return;
    }
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(PROCESS_KEY)
            .name("Benchmark: ein Benutzer-Task")
            .camundaHistoryTimeToLive(1)
            .startEvent("BenchStarted")
            .userTask("BenchTask")
            .name("Benchmark-Aufgabe")
            .camundaCandidateGroups("umwelt")
            .endEvent("BenchEnded")
            .done();
    repository.createDeployment().name("bench").addModelInstance("bench-one-task.bpmn", model).deploy();
  }

  /** (a) bare engine: start an instance through the Java API. */
  static final class EngineJava extends NamedScenario {
    private RuntimeService runtime;

    EngineJava() {
      super("engine-java");
    }

    @Override
    public void setUp(BenchContext context) {
      deployBenchModel(context);
      runtime = context.bean(RuntimeService.class);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      runtime.startProcessInstanceByKey(PROCESS_KEY, "java-" + thread + "-" + sequence);
    }
  }

  /**
   * The Java start as an authenticated user (as a REST call runs): shows what the engine's
   * authorisation and user-operation log cost, apart from HTTP.
   */
  static final class EngineJavaAsUser extends NamedScenario {
    private RuntimeService runtime;
    private IdentityService identity;

    EngineJavaAsUser() {
      super("engine-java-as-user", "engine-java");
    }

    @Override
    public void setUp(BenchContext context) {
      deployBenchModel(context);
      runtime = context.bean(RuntimeService.class);
      identity = context.bean(IdentityService.class);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      identity.setAuthentication("demo", List.of("camunda-admin", "process-managers"));
      try {
        runtime.startProcessInstanceByKey(PROCESS_KEY, "user-" + thread + "-" + sequence);
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  /** (b) the same start through the engine REST API, with HTTP Basic as a client would. */
  static final class EngineRest extends NamedScenario {
    private static final String AUTH = BenchContext.basicAuth("demo");

    EngineRest() {
      super("engine-rest", "engine-java");
    }

    @Override
    public void setUp(BenchContext context) {
      deployBenchModel(context);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      context.baseUrl()
                          + "/engine-rest/process-definition/key/"
                          + PROCESS_KEY
                          + "/start"))
              .header("Authorization", AUTH)
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"businessKey\":\"rest-" + thread + "-" + sequence + "\"}"))
              .build();
      HttpResponse<Void> response =
          context.http().send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("REST start answered " + response.statusCode());
      }
    }
  }
}
