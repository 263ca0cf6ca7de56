package de.iserlohn.digital.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The OZG scenarios: a Sperrmüll registration through the REST API (JSON, anonymous), as a
 * citizen's client sends it: validation against the start form, Vorgang with the application
 * document, application row, process start (the rest runs in the job executor). Compared with the
 * bare engine start; also measured paced at half of its own maximum rate for the p99 target.
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
  static final class BulkyWasteSubmit implements Scenario {
    private final String name;
    private final String district;
    private final double paced;

    BulkyWasteSubmit(String name, String district, double paced) {
      this.name = name;
      this.district = district;
      this.paced = paced;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String baseline() {
      return "engine-java";
    }

    @Override
    public double pacedFraction() {
      return paced;
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
