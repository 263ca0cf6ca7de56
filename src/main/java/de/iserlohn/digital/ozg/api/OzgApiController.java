package de.iserlohn.digital.ozg.api;

import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.application.ApplicationView;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenCases;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * REST API of the online services for citizens and other systems: the catalogue, submitting an
 * application (JSON, or multipart with files), status, documents and replies of an application
 * (with the access code, or as the signed-in owner in the {@code keycloak} profile).
 */
@RestController
@RequestMapping("/api/ozg")
@Tag(name = "OZG-Onlinedienste", description = "Dienstekatalog, Anträge, Status, Nachreichungen")
class OzgApiController {

  static final String ACCESS_CODE = "X-Access-Code";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final CitizenCases cases;

  OzgApiController(ServiceCatalogue catalogue, Applications applications, CitizenCases cases) {
    this.catalogue = catalogue;
    this.applications = applications;
    this.cases = cases;
  }

  @Operation(summary = "Dienstekatalog mit den Feldern der Antragsformulare; q sucht")
  @GetMapping("/services")
  List<ServiceInfo> services(@RequestParam(value = "q", required = false) String query) {
    return catalogue.search(query).stream().map(ServiceInfo::of).toList();
  }

  @Operation(summary = "Ein Onlinedienst mit den Feldern seines Antragsformulars")
  @GetMapping("/services/{serviceId}")
  ServiceInfo service(@PathVariable String serviceId) {
    return ServiceInfo.of(catalogue.get(serviceId));
  }

  @Operation(
      summary = "Antrag stellen (JSON: Feldschlüssel -> Wert)",
      description =
          "201 mit Aktenzeichen und Zugangscode; 400 mit einer Meldung je Feld. Mit"
              + " Idempotency-Key: dieselbe Anfrage liefert das erste Ergebnis, eine andere 422.")
  @PostMapping(
      value = "/services/{serviceId}/applications",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SubmissionResponse> submitJson(
      @PathVariable String serviceId,
      @RequestBody Map<String, Object> fields,
      @Parameter(description = "Schlüssel des Clients für Wiederholungen")
          @RequestHeader(value = IDEMPOTENCY_KEY, required = false)
          String idempotencyKey) {
    return submit(serviceId, fields, List.of(), idempotencyKey);
  }

  @Operation(
      summary = "Antrag mit Dateien stellen (multipart: Felder als Teile, Dateien je Dateifeld)")
  @PostMapping(
      value = "/services/{serviceId}/applications",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<SubmissionResponse> submitMultipart(
      @PathVariable String serviceId,
      MultipartHttpServletRequest request,
      @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    Map<String, Object> fields = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> fields.put(k, v.length == 0 ? null : v[0]));
    return submit(serviceId, fields, Upload.allOf(request), idempotencyKey);
  }

  @Operation(summary = "Die eigenen Anträge (nur angemeldete Bürgerinnen und Bürger, Keycloak)")
  @GetMapping("/applications")
  List<ApplicationView> ownApplications() {
    String owner = owner();
    if (owner == null) {
      throw new de.iserlohn.digital.platform.web.NotFoundException(
          "Ohne Anmeldung gibt es keine Liste; bitte öffnen Sie einen Antrag mit Zugangscode.");
    }
    return cases.own(new CurrentUser(owner, java.util.Set.of())).stream().map(cases::view).toList();
  }

  @Operation(summary = "Status, Verlauf, Dokumente, offene Nachforderung und Zahlung")
  @GetMapping("/applications/{caseNumber}")
  ApplicationView application(
      @PathVariable String caseNumber,
      @RequestHeader(value = ACCESS_CODE, required = false) String accessCode) {
    return cases.view(open(caseNumber, accessCode));
  }

  @Operation(summary = "Ein Dokument des Antrags herunterladen (Antrag, Anlagen, Bescheide)")
  @GetMapping("/applications/{caseNumber}/documents/{documentId}")
  ResponseEntity<InputStreamResource> document(
      @PathVariable String caseNumber,
      @PathVariable UUID documentId,
      @RequestHeader(value = ACCESS_CODE, required = false) String accessCode) {
    DocumentDownload download = cases.download(open(caseNumber, accessCode), documentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.document().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.document().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new InputStreamResource(download.content()));
  }

  @Operation(summary = "Nachgeforderte Unterlagen einreichen (multipart, Teil files)")
  @PostMapping(
      value = "/applications/{caseNumber}/replies",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  ApplicationView reply(
      @PathVariable String caseNumber,
      @RequestHeader(value = ACCESS_CODE, required = false) String accessCode,
      @RequestParam(value = CitizenCases.REPLY_FIELD, required = false) List<MultipartFile> files) {
    ApplicationRecord application = open(caseNumber, accessCode);
    List<Upload> uploads = Upload.of(CitizenCases.REPLY_FIELD, files);
    cases.reply(application, uploads);
    return cases.view(application);
  }

  private ResponseEntity<SubmissionResponse> submit(
      String serviceId, Map<String, Object> fields, List<Upload> uploads, String key) {
    if (key != null && (key.isBlank() || key.length() > 128)) {
      throw InvalidInputException.of(
          IDEMPOTENCY_KEY, "Der Idempotency-Key muss 1 bis 128 Zeichen lang sein.");
    }
    SubmissionResult result;
    try {
      result = applications.submit(serviceId, fields, uploads, SourceChannel.API, owner(), key);
    } catch (DataIntegrityViolationException concurrentSameKey) {
      result =
          applications
              .replay(key, applications.requestHash(serviceId, fields, uploads))
              .orElseThrow(() -> concurrentSameKey);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(SubmissionResponse.of(result));
  }

  private ApplicationRecord open(String caseNumber, String accessCode) {
    String owner = owner();
    if (owner != null && accessCode == null) {
      return cases.openOwn(caseNumber, new CurrentUser(owner, java.util.Set.of()));
    }
    return cases.open(caseNumber, accessCode);
  }

  /** The signed-in citizen (keycloak profile), or {@code null} for anonymous callers. */
  static String owner() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return null;
    }
    return CurrentUsers.from(auth).userId();
  }
}
