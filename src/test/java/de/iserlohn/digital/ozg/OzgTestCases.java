package de.iserlohn.digital.ozg;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Drives OZG applications through the engine in tests (the job executor is off in tests). */
public final class OzgTestCases {

  /** A PNG of 1x1 pixel. */
  public static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** The start of a PDF file. */
  public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

  private final ProcessEngine engine;
  private final Applications applications;

  public OzgTestCases(ProcessEngine engine, Applications applications) {
    this.engine = engine;
    this.applications = applications;
  }

  /** A valid bulky-waste registration. */
  public static Map<String, Object> bulkyWaste(String district, int volume) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("firstName", "Erika");
    fields.put("lastName", "Mustermann");
    fields.put("email", "erika.mustermann@example.org");
    fields.put("street", "Schillerplatz 7");
    fields.put("postalCode", "58636");
    fields.put("district", district);
    fields.put("volume", volume);
    fields.put("items", "Sofa, zwei Stühle, ein Schrank");
    fields.put("electricalAppliances", false);
    fields.put("confirmation", true);
    return fields;
  }

  /** A valid resident-parking application (the vehicle registration is a separate upload). */
  public static Map<String, Object> residentParking(String streetName) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("firstName", "Max");
    fields.put("lastName", "Muster");
    fields.put("email", "max.muster@example.org");
    fields.put("streetName", streetName);
    fields.put("houseNumber", "12a");
    fields.put("postalCode", "58636");
    fields.put("licensePlate", "MK-AB 123");
    fields.put("mainResidence", true);
    return fields;
  }

  /** A valid defect report. */
  public static Map<String, Object> defect(String category, String email) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("category", category);
    fields.put("location", "Hohler Weg 3");
    fields.put("latitude", "51.3759");
    fields.put("longitude", "7.6953");
    fields.put("description", "Seit einer Woche nicht behoben.");
    if (email != null) {
      fields.put("email", email);
    }
    return fields;
  }

  /** A valid application for a birth certificate of Karl Muster. */
  public static Map<String, Object> civilStatusCertificate(
      String relation, int copies, String delivery) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("certificateType", "geburt");
    fields.put("documentKind", "urkunde");
    fields.put("copies", copies);
    fields.put("purpose", "rente");
    fields.put("personFirstName", "Karl");
    fields.put("personLastName", "Muster");
    fields.put("eventDate", "1958-04-12");
    fields.put("relation", relation);
    fields.put("firstName", "Max");
    fields.put("lastName", "Muster");
    fields.put("email", "max.urkunde@example.org");
    fields.put("delivery", delivery);
    fields.put("street", "Theodor-Heuss-Ring 5");
    fields.put("postalCode", "58636");
    fields.put("city", "Iserlohn");
    return fields;
  }

  public SubmissionResult submit(String serviceId, Map<String, Object> fields, Upload... files) {
    return applications.submit(serviceId, fields, List.of(files), SourceChannel.PORTAL, null, null);
  }

  /** The service process of a case. */
  public ProcessInstance instance(String caseNumber, String processKey) {
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(processKey)
            .singleResult();
    assertThat(instance).as("process " + processKey + " of " + caseNumber).isNotNull();
    return instance;
  }

  /** Executes the due async continuations of the case (parent and call activities), not timers. */
  public void runJobs(String caseNumber) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 50; round++) {
      List<Job> jobs =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceBusinessKey(caseNumber)
              .list()
              .stream()
              .flatMap(
                  p ->
                      management
                          .createJobQuery()
                          .processInstanceId(p.getId())
                          .messages()
                          .list()
                          .stream())
              .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
    throw new AssertionError("jobs of " + caseNumber + " do not come to an end");
  }

  /** The clerk asks the citizen for missing documents at the instance's open task. */
  public void requestDocuments(ProcessInstance instance, String missingDocuments) {
    Task task =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .singleResult();
    assertThat(task).as("open task of " + instance.getBusinessKey()).isNotNull();
    engine
        .getTaskService()
        .complete(
            task.getId(),
            Map.of(
                OzgProcess.VAR_DECISION,
                OzgProcess.REQUEST_DOCUMENTS,
                OzgProcess.VAR_MISSING_DOCUMENTS,
                missingDocuments));
  }

  /**
   * Lets the reply deadline of the case's open Nachforderung pass: the request waits at the task
   * "Unbeantwortete Nachforderung entscheiden", which this returns.
   */
  public Task unansweredRequest(String caseNumber) {
    fireTimer(caseNumber, OzgProcess.REPLY_DEADLINE);
    ProcessInstance request = instance(caseNumber, OzgProcess.REQUEST_DOCUMENTS_KEY);
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertThat(task).as("open task of the Nachforderung of " + caseNumber).isNotNull();
    return task;
  }

  /** The clerk decides an unanswered Nachforderung (reason may be null); the jobs then run. */
  public void decide(Task unansweredRequest, String outcome, String reason) {
    Map<String, Object> decision = new HashMap<>();
    decision.put(OzgProcess.VAR_REQUEST_OUTCOME, outcome);
    if (reason != null) {
      decision.put(OzgProcess.VAR_DECISION_REASON, reason);
    }
    String caseNumber =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(unansweredRequest.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    engine.getTaskService().complete(unansweredRequest.getId(), decision);
    runJobs(caseNumber);
  }

  /** Fires the timer at the activity of the case (as if its time had come), then runs jobs. */
  public void fireTimer(String caseNumber, String activityId) {
    ManagementService management = engine.getManagementService();
    Job timer =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber)
            .list()
            .stream()
            .flatMap(
                p ->
                    management
                        .createJobQuery()
                        .processInstanceId(p.getId())
                        .timers()
                        .activityId(activityId)
                        .list()
                        .stream())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no timer at " + activityId));
    management.executeJob(timer.getId());
    runJobs(caseNumber);
  }
}
