package de.iserlohn.digital.ozg.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.ozg.OzgProcess;
import de.iserlohn.digital.ozg.OzgProperties;
import de.iserlohn.digital.ozg.catalogue.CheckedUpload;
import de.iserlohn.digital.ozg.catalogue.FormValidator;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.ozg.catalogue.Submission;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application pipeline: checks a submission against the service's start form, opens the Vorgang
 * with the submitted data and the uploads, records the application and starts the service's
 * process, all in one transaction. A rejected submission stores nothing.
 */
@Service
@Transactional
public class Applications {

  /** Field keys with a meaning for the pipeline (see docs/ozg.md). */
  public static final String FIELD_EMAIL = "email";

  public static final String FIELD_FIRST_NAME = "firstName";
  public static final String FIELD_LAST_NAME = "lastName";

  /** Prefix of the pseudonymous owner id of an anonymous applicant's Vorgang. */
  public static final String ANONYMOUS_OWNER = "anonym:";

  private final ServiceCatalogue catalogue;

  /** Room for the form data in the application record ({@code ozg_application.data_json}). */
  static final int MAX_DATA_LENGTH = 20_000;

  private final ApplicationStore store;
  private final ApplicationLifecycle lifecycle;
  private final CaseFileManagement caseFile;
  private final RuntimeService runtime;
  private final ObjectMapper json;
  private final AccessCodes codes;
  private final Clock clock;

  Applications(
      ServiceCatalogue catalogue,
      ApplicationStore store,
      ApplicationLifecycle lifecycle,
      CaseFileManagement caseFile,
      RuntimeService runtime,
      ObjectMapper json,
      OzgProperties properties,
      @Value("${iserlohn.data-dir:./data}") Path dataDir,
      Clock clock) {
    this.catalogue = catalogue;
    this.store = store;
    this.lifecycle = lifecycle;
    this.caseFile = caseFile;
    this.runtime = runtime;
    this.json = json;
    this.codes = AccessCodes.of(properties.secret(), dataDir);
    this.clock = clock;
  }

  /**
   * Accepts an application.
   *
   * @param ownerId the signed-in citizen (Keycloak), or {@code null} for an anonymous applicant
   * @param idempotencyKey the client's key, or {@code null}: the same key with the same request
   *     answers the first result and creates nothing; with another request 422
   */
  public SubmissionResult submit(
      String serviceId,
      Map<String, ?> raw,
      List<Upload> uploads,
      SourceChannel channel,
      String ownerId,
      String idempotencyKey) {
    ServiceDefinition service = catalogue.get(serviceId);
    Submission submission = FormValidator.check(service, raw, uploads);
    String requestHash = idempotencyKey == null ? null : requestHash(serviceId, raw, uploads);
    if (idempotencyKey != null) {
      Optional<SubmissionResult> earlier = replay(idempotencyKey, requestHash);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Instant now = clock.instant();
    String owner = ownerId != null ? ownerId : ANONYMOUS_OWNER + java.util.UUID.randomUUID();
    String applicant = applicantName(submission.values());
    String title = shorten(service.title() + (applicant == null ? "" : " – " + applicant));
    CurrentUser citizen = new CurrentUser(owner, Set.of());
    String data = formData(submission);
    String caseNumber = caseFile.nextCaseNumber();
    openVorgang(service, caseNumber, title, applicant, data, channel, citizen);
    String code =
        idempotencyKey == null ? codes.random() : codes.derived(caseNumber, idempotencyKey);
    lifecycle.received(
        ApplicationRecord.submitted(
            caseNumber,
            serviceId,
            service.orgUnit(),
            title,
            new ApplicationRecord.Applicant(
                applicant, (String) submission.values().get(FIELD_EMAIL), owner),
            AccessCodes.hash(caseNumber, code),
            data,
            idempotencyKey,
            requestHash,
            now));
    fileUploads(caseNumber, submission.uploads(), channel, citizen);
    runtime.startProcessInstanceByKey(
        serviceId, caseNumber, variables(service, caseNumber, submission));
    return new SubmissionResult(caseNumber, code, serviceId, ApplicationStatus.EINGEGANGEN, now);
  }

  /** The form data as stored with the application; 400 when it does not fit. */
  private String formData(Submission submission) {
    String data = toJson(submission.values());
    if (data.length() > MAX_DATA_LENGTH) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "form", "Die Angaben sind zusammen zu lang; bitte fassen Sie sich kürzer.")));
    }
    return data;
  }

  /** Opens the citizen's Vorgang with the application's data as its first document. */
  private void openVorgang(
      ServiceDefinition service,
      String caseNumber,
      String title,
      String applicant,
      String data,
      SourceChannel channel,
      CurrentUser citizen) {
    caseFile.openWithDocument(
        OpenVorgang.of(title, service.id(), service.orgUnit(), service.retentionClass())
            .withOwner(citizen.userId())
            .withCaseNumber(caseNumber)
            .withPartyName(applicant),
        NewDokument.of("Antrag-" + caseNumber + ".json", "application/json", "ANTRAG", channel),
        new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)),
        citizen);
  }

  /** Files the checked uploads into the Vorgang as {@code ANLAGE}. */
  private void fileUploads(
      String caseNumber, List<CheckedUpload> uploads, SourceChannel channel, CurrentUser citizen) {
    for (CheckedUpload file : uploads) {
      caseFile.addDocument(
          caseNumber,
          NewDokument.of(file.upload().fileName(), file.mediaType(), "ANLAGE", channel),
          new ByteArrayInputStream(file.upload().content()),
          citizen);
    }
  }

  /** The first result of an idempotent submission, if the key was used with this request. */
  @Transactional(readOnly = true)
  public Optional<SubmissionResult> replay(String idempotencyKey, String requestHash) {
    return store
        .findByIdempotencyKey(idempotencyKey)
        .map(
            first -> {
              if (!first.requestHash().equals(requestHash)) {
                throw new IdempotencyConflictException();
              }
              String code = codes.derived(first.caseNumber(), idempotencyKey);
              return new SubmissionResult(
                  first.caseNumber(),
                  AccessCodes.matches(first.caseNumber(), code, first.accessCodeHash())
                      ? code
                      : null,
                  first.serviceId(),
                  first.status(),
                  first.createdAt());
            });
  }

  /** The hash that identifies a request for its idempotency key. */
  public String requestHash(String serviceId, Map<String, ?> raw, List<Upload> uploads) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(serviceId.getBytes(StandardCharsets.UTF_8));
      new TreeMap<String, Object>(raw)
          .forEach(
              (k, v) ->
                  sha.update(
                      ("\n" + k + "=" + (v == null ? "" : v)).getBytes(StandardCharsets.UTF_8)));
      for (Upload upload : uploads) {
        sha.update(
            ("\n" + upload.field() + ":" + upload.fileName() + ":")
                .getBytes(StandardCharsets.UTF_8));
        sha.update(MessageDigest.getInstance("SHA-256").digest(upload.content()));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The identity under which a citizen reads their own Vorgang (its owner): the Keycloak user, or
   * for an anonymous applicant a pseudonymous id made at submission.
   */
  public static CurrentUser citizen(ApplicationRecord application) {
    return new CurrentUser(application.ownerId(), Set.of());
  }

  private Map<String, Object> variables(
      ServiceDefinition service, String caseNumber, Submission submission) {
    Map<String, Object> variables = new HashMap<>();
    for (String key : service.processVariables()) {
      Object value = submission.values().get(key);
      if (value != null) {
        variables.put(key, value);
      }
    }
    variables.put(OzgProcess.VAR_CASE_NUMBER, caseNumber);
    variables.put(OzgProcess.VAR_CANDIDATE_GROUP, service.orgUnit());
    LocalDate due = CityTime.today(clock).plusDays(service.processingDays());
    variables.put(OzgProcess.VAR_DECISION_DUE_DATE, Date.from(CityTime.startOfDay(due)));
    return variables;
  }

  private String toJson(Map<String, Object> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String applicantName(Map<String, Object> values) {
    Object first = values.get(FIELD_FIRST_NAME);
    Object last = values.get(FIELD_LAST_NAME);
    if (first == null && last == null) {
      return null;
    }
    return ((first == null ? "" : first + " ") + (last == null ? "" : last)).strip();
  }

  private static String shorten(String text) {
    return text.length() <= 250 ? text : text.substring(0, 250);
  }
}
