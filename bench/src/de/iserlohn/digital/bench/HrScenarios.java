package de.iserlohn.digital.bench;

import de.iserlohn.digital.hr.travel.TravelRequestForm;
import de.iserlohn.digital.hr.travel.TravelRequests;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The HR scenarios: filing a travel request through the module's intake (validation, Vorgang in the
 * case file, request row, process start with the extra-approval decision, supervisor task), compared
 * with a bare engine start.
 */
final class HrScenarios {

  private HrScenarios() {}

  static List<Scenario> all() {
    return List.of(new TravelRequestSubmit());
  }

  /** One travel request of the demo employee {@code jmeyer}, as the REST call runs it. */
  static final class TravelRequestSubmit extends NamedScenario {
    private static final CurrentUser EMPLOYEE = new CurrentUser("jmeyer", Set.of("ordnungsamt"));
    private TravelRequests travelRequests;

    TravelRequestSubmit() {
      super("hr-travel-request", "engine-java");
    }

    @Override
    public void setUp(BenchContext context) {
      travelRequests = context.bean(TravelRequests.class);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      LocalDate start = LocalDate.now().plusDays(14);
      travelRequests.submit(
          new TravelRequestForm(
              "Bench " + thread + "-" + sequence,
              sequence % 2 == 0,
              start,
              start.plusDays(1),
              "Benchmark",
              "BAHN",
              new BigDecimal("120.00")),
          EMPLOYEE);
    }
  }
}
