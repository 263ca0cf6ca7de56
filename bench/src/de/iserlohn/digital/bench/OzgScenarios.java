package de.iserlohn.digital.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.JobQuery;

/**
 * The OZG scenarios: a Sperrmüll registration through the REST API (JSON, anonymous), as a
 * citizen's client sends it: validation against the start form, Vorgang with the application
 * document, application row, process start (the rest runs in the job executor). Compared with the
 * bare engine start; also measured paced at half of its own maximum rate for the p99 target. After
 * the load the report waits until the job executor has run every submission's asynchronous
 * continuation (slot decision, planning task) and gives the rate and machine CPU per submission
 * with that work included.
 */
final class OzgScenarios {

  private OzgScenarios() {}

  static List<Scenario> all() {
    return List.of(
        new BulkyWasteSubmit("ozg-submit", "kesbern", 0.5),
        new BulkyWasteSubmit("ozg-submit-auto", "innenstadt", 0));
  }

  /**
   * {@code ozg-submit}: a district without a regular tour, so the process stops at the planning
   * task like the baseline's process stops at its user task. {@code ozg-submit-auto}: a district
   * with a tour, so the job executor also decides, renders and files the notice PDF and closes the
   * case in the background, on the same two cores.
   */
  static final class BulkyWasteSubmit extends NamedScenario {
    /** The start event after which the process continues in the job executor. */
    private static final String ASYNC_START = "BulkyWasteRequested";

    private final String district;
    private final double paced;

    BulkyWasteSubmit(String name, String district, double paced) {
      super(name, "engine-java");
      this.district = district;
      this.paced = paced;
    }

    @Override
    public double pacedFraction() {
      return paced;
    }

    /**
     * The submissions whose slot decision the job executor had not yet made when the load ended,
     * how long it took to make them, and the rate and machine CPU per submission including that.
     */
    @Override
    public List<String> report(BenchContext context, Result measured) throws InterruptedException {
      MachineCpu cpuAtEnd = MachineCpu.now();
      long atEnd = continuations(context).count();
      long start = System.nanoTime();
      long left = context.awaitNoJobs(() -> continuations(context));
      double drain = (System.nanoTime() - start) / 1e9;
      double cpuMillis =
          measured.cpuMillis() + MachineCpu.now().busyMillisSince(cpuAtEnd, drain);
      return List.of(
          String.format(
              Locale.ROOT,
              "%d submissions still before their slot decision when the load ended, all decided"
                  + " %.1f s later (%d left); with that work: %.1f submissions/s, %.1f ms machine"
                  + " CPU per submission",
              atEnd,
              drain,
              left,
              measured.operations() / (measured.seconds() + drain),
              cpuMillis / measured.operations()));
    }

    private static JobQuery continuations(BenchContext context) {
      return context
          .bean(ManagementService.class)
          .createJobQuery()
          .processDefinitionKey("bulky-waste-pickup")
          .activityId(ASYNC_START)
          .messages();
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      String body =
          """
          {"firstName":"Bench","lastName":"Nutzer %d-%d","email":"bench@example.org",
           "street":"Schillerplatz 7","postalCode":"58636","district":"%s","volume":%d,
           "items":"Sofa und Schrank","electricalAppliances":false,"confirmation":true}
          """
              .formatted(
                  thread,
                  sequence,
                  district,
                  1 + sequence % 3);
      HttpResponse<String> response =
          context
              .http()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              context.baseUrl()
                                  + "/api/ozg/services/bulky-waste-pickup/applications"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "Submission answered " + response.statusCode() + ": " + response.body());
      }
    }
  }
}
