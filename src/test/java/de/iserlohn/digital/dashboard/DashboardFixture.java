package de.iserlohn.digital.dashboard;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A known mix of finished instances of the test process {@code dashboard-fixture} in January and
 * February 2025 (engine clock moved with {@link ClockUtil}):
 *
 * <pre>
 * finished   path   started           ended             due         lead  on time  media break
 * 10.01.  3x auto   10.01. 08:00      10.01. 08:00      -            0 h  yes      no
 * 12.01.  2x clerk  10.01. 08:00      12.01. 10:00      15.01.      50 h  yes      no
 * 20.01.  1x post   10.01. 08:00      20.01. 08:00      15.01.     240 h  no       yes
 * 03.02.  2x auto   03.02. 09:00      03.02. 09:00      -            0 h  yes      no
 * 06.02.  1x clerk  03.02. 08:00      06.02. 08:00      04.02.      72 h  no       no
 * </pre>
 */
final class DashboardFixture {

  static final String KEY = "dashboard-fixture";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final ProcessEngine engine;

  DashboardFixture(ProcessEngine engine) {
    this.engine = engine;
  }

  void create() {
    if (engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(KEY)
            .count()
        == 0) {
      engine
          .getRepositoryService()
          .createDeployment()
          .name(KEY)
          .addClasspathResource("dashboard/dashboard-fixture.bpmn")
          .deploy();
    }
    try {
      for (int i = 0; i < 3; i++) {
        run("auto", at(2025, 1, 10, 8), null, null);
      }
      for (int i = 0; i < 2; i++) {
        run("clerk", at(2025, 1, 10, 8), at(2025, 1, 15, 0), at(2025, 1, 12, 10));
      }
      run("post", at(2025, 1, 10, 8), at(2025, 1, 15, 0), at(2025, 1, 20, 8));
      for (int i = 0; i < 2; i++) {
        run("auto", at(2025, 2, 3, 9), null, null);
      }
      run("clerk", at(2025, 2, 3, 8), at(2025, 2, 4, 0), at(2025, 2, 6, 8));
    } finally {
      ClockUtil.reset();
    }
  }

  private void run(String path, Date start, Date due, Date done) {
    ClockUtil.setCurrentTime(start);
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                KEY,
                "fixture-" + java.util.UUID.randomUUID(),
                due == null ? Map.of("path", path) : Map.of("path", path, "due", due));
    if (done != null) {
      ClockUtil.setCurrentTime(done);
      var task =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(instance.getId())
              .singleResult();
      engine.getTaskService().complete(task.getId());
    }
  }

  static Date at(int year, int month, int day, int hour) {
    return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(BERLIN).toInstant());
  }
}
