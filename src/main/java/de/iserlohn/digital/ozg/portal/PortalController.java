package de.iserlohn.digital.ozg.portal;

import de.iserlohn.digital.ozg.application.ApplicationRecord;
import de.iserlohn.digital.ozg.application.ApplicationStore;
import de.iserlohn.digital.ozg.application.Applications;
import de.iserlohn.digital.ozg.application.CitizenCases;
import de.iserlohn.digital.ozg.application.NoOpenRequestException;
import de.iserlohn.digital.ozg.application.SubmissionResult;
import de.iserlohn.digital.ozg.application.TooManyAttemptsException;
import de.iserlohn.digital.ozg.catalogue.ServiceCatalogue;
import de.iserlohn.digital.ozg.catalogue.ServiceDefinition;
import de.iserlohn.digital.ozg.catalogue.Upload;
import de.iserlohn.digital.ozg.catalogue.UploadTooLargeException;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen portal (German, server-rendered, works without JavaScript): catalogue with search,
 * one start form per service rendered from its Camunda form, confirmation, "Meine Anträge" with
 * status history and documents, and the reply to a request for missing documents. In the {@code
 * keycloak} profile a signed-in citizen submits as themselves and sees all their applications.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

  private final ServiceCatalogue catalogue;
  private final Applications applications;
  private final CitizenCases cases;
  private final ApplicationStore store;
  private final PortalLogin login;

  PortalController(
      ServiceCatalogue catalogue,
      Applications applications,
      CitizenCases cases,
      ApplicationStore store,
      PortalLogin login) {
    this.catalogue = catalogue;
    this.applications = applications;
    this.cases = cases;
    this.store = store;
    this.login = login;
  }

  @GetMapping({"", "/"})
  String catalogue(@RequestParam(value = "q", required = false) String query, Model model) {
    model.addAttribute("query", query == null ? "" : query);
    model.addAttribute("services", catalogue.search(query));
    return "portal/katalog";
  }

  @GetMapping("/dienste/{serviceId}")
  String form(@PathVariable String serviceId, Model model) {
    return form(catalogue.get(serviceId), Map.of(), List.of(), model);
  }

  // the form is multipart (files); anything else is 415, not a failed cast
  @PostMapping(path = "/dienste/{serviceId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String submit(
      @PathVariable String serviceId,
      MultipartHttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      RedirectAttributes redirect,
      Model model) {
    ServiceDefinition service = catalogue.get(serviceId);
    Map<String, Object> values = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (key, value) -> {
              if (!key.startsWith("_")) {
                values.put(key, value.length == 0 ? null : value[0]);
              }
            });
    List<Upload> uploads = Upload.allOf(request);
    try {
      String owner = PortalLogin.signedIn().map(PortalLogin.Citizen::userId).orElse(null);
      SubmissionResult result =
          applications.submit(serviceId, values, uploads, SourceChannel.PORTAL, owner, null);
      PortalSession.remember(session, result.caseNumber());
      redirect.addFlashAttribute("result", result);
      redirect.addFlashAttribute("serviceTitle", service.title());
      return "redirect:/portal/bestaetigung";
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(service, values, e.errors(), model);
    } catch (UploadTooLargeException e) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return form(service, values, e.errors(), model);
    }
  }

  @GetMapping("/bestaetigung")
  String confirmation(Model model) {
    return model.containsAttribute("result") ? "portal/bestaetigung" : "redirect:/portal/antraege";
  }

  @GetMapping("/antraege")
  String myApplications(HttpSession session, Model model) {
    model.addAttribute("opened", PortalSession.opened(session));
    model.addAttribute("own", ownApplications());
    return "portal/anmeldung";
  }

  /** Starts the citizens' login at Keycloak (profile {@code keycloak}); 404 without it. */
  @GetMapping("/anmelden")
  String login() {
    if (!login.available()) {
      throw new NotFoundException("Eine Anmeldung gibt es in diesem Portal nicht.");
    }
    return "redirect:" + PortalLogin.start();
  }

  @PostMapping("/antraege")
  String openApplication(
      @RequestParam(value = "aktenzeichen", defaultValue = "") String caseNumber,
      @RequestParam(value = "zugangscode", defaultValue = "") String accessCode,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    String trimmed = caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
    try {
      cases.open(trimmed, accessCode.strip());
      PortalSession.remember(session, trimmed);
      return "redirect:/portal/antraege/" + trimmed;
    } catch (NotFoundException e) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute(
          "error", "Aktenzeichen und Zugangscode passen nicht zusammen. Bitte prüfen Sie beides.");
    } catch (TooManyAttemptsException e) {
      response.setStatus(429);
      model.addAttribute("error", e.getMessage());
    }
    model.addAttribute("aktenzeichen", trimmed);
    model.addAttribute("opened", PortalSession.opened(session));
    model.addAttribute("own", ownApplications());
    return "portal/anmeldung";
  }

  @GetMapping("/antraege/{caseNumber}")
  String application(@PathVariable String caseNumber, HttpSession session, Model model) {
    ApplicationRecord application = opened(session, caseNumber);
    model.addAttribute("antrag", cases.view(application));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "portal/antrag-status";
  }

  @GetMapping("/antraege/{caseNumber}/dokumente/{documentId}")
  ResponseEntity<InputStreamResource> document(
      @PathVariable String caseNumber, @PathVariable UUID documentId, HttpSession session) {
    DocumentDownload download = cases.download(opened(session, caseNumber), documentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.document().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(download.document().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new InputStreamResource(download.content()));
  }

  @PostMapping("/antraege/{caseNumber}/antwort")
  String reply(
      @PathVariable String caseNumber,
      @RequestParam(value = CitizenCases.REPLY_FIELD, required = false) List<MultipartFile> files,
      HttpSession session,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    ApplicationRecord application = opened(session, caseNumber);
    List<Upload> uploads = Upload.of(CitizenCases.REPLY_FIELD, files);
    List<FieldError> errors;
    try {
      cases.reply(application, uploads);
      redirect.addFlashAttribute("message", "Vielen Dank, Ihre Unterlagen sind eingegangen.");
      return "redirect:/portal/antraege/" + caseNumber;
    } catch (InvalidInputException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      errors = e.errors();
    } catch (UploadTooLargeException e) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      errors = e.errors();
    } catch (NoOpenRequestException e) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      errors = List.of(new FieldError(CitizenCases.REPLY_FIELD, e.getMessage()));
    }
    model.addAttribute("errors", messages(errors));
    model.addAttribute("antrag", cases.view(application));
    return "portal/antrag-status";
  }

  private String form(
      ServiceDefinition service, Map<String, ?> values, List<FieldError> errors, Model model) {
    model.addAttribute("service", service);
    Map<String, String> shown = new LinkedHashMap<>();
    values.forEach((k, v) -> shown.put(k, v == null ? "" : v.toString()));
    model.addAttribute("values", shown);
    model.addAttribute("errors", messages(errors));
    return "portal/antrag";
  }

  /**
   * An application this visitor may see: opened in this session (after submitting or with the
   * access code), or owned by the signed-in citizen.
   */
  private ApplicationRecord opened(HttpSession session, String caseNumber) {
    if (PortalSession.hasOpened(session, caseNumber)) {
      return store.find(caseNumber).orElseThrow(() -> NotFoundException.of("Antrag", caseNumber));
    }
    return PortalLogin.signedIn()
        .map(citizen -> cases.openOwn(caseNumber, asUser(citizen)))
        .orElseThrow(() -> NotFoundException.of("Antrag", caseNumber));
  }

  /** The signed-in citizen's applications, newest first; none for anonymous visitors. */
  private List<ApplicationRecord> ownApplications() {
    return PortalLogin.signedIn().map(citizen -> cases.own(asUser(citizen))).orElse(List.of());
  }

  private static CurrentUser asUser(PortalLogin.Citizen citizen) {
    return new CurrentUser(citizen.userId(), Set.of());
  }

  /** One message per field (several messages of a field joined), in form order. */
  static Map<String, String> messages(List<FieldError> errors) {
    Map<String, String> result = new LinkedHashMap<>();
    for (FieldError e : errors) {
      result.merge(e.field(), e.message(), (a, b) -> a + " " + b);
    }
    return result;
  }
}
