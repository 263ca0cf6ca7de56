package de.iserlohn.digital.platform.workspace;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.CaseProcessOption;
import de.iserlohn.digital.platform.casefile.CaseProcesses;
import de.iserlohn.digital.platform.casefile.CaseQuery;
import de.iserlohn.digital.platform.casefile.CaseSearch;
import de.iserlohn.digital.platform.casefile.ContentTypes;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.FilePlan;
import de.iserlohn.digital.platform.casefile.NewDokument;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.casefile.VorgangDetails;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.FileNames;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clerks' workspace (E-Akte in the browser): search, the Vorgang page and what a clerk does
 * there. Every read and change goes through the case-file services, which check access and audit.
 * Forms post back and redirect (no JavaScript); bad input re-renders the page with a message per
 * field and stores nothing.
 */
@Controller
@RequestMapping("/akte")
class WorkspaceController {

  /** Media types shown in the page (PDF in the browser's viewer, images); others are downloads. */
  static final Set<String> INLINE_TYPES =
      Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

  /** What a clerk may upload, decided by content (the mailroom and portal accept the same). */
  static final Set<String> UPLOAD_TYPES =
      Set.of("application/pdf", "image/png", "image/jpeg", "image/tiff", "text/plain");

  static final long MAX_UPLOAD = 20L * 1024 * 1024;

  private final CaseFileManagement caseFile;
  private final CaseSearch search;
  private final CaseProcesses processes;
  private final FilePlan filePlan;
  private final Clock clock;

  WorkspaceController(
      CaseFileManagement caseFile,
      CaseSearch search,
      CaseProcesses processes,
      FilePlan filePlan,
      Clock clock) {
    this.clock = clock;
    this.caseFile = caseFile;
    this.search = search;
    this.processes = processes;
    this.filePlan = filePlan;
  }

  @GetMapping("/anmelden")
  String login() {
    return "akte/anmelden";
  }

  @GetMapping("/")
  String searchPage(@RequestParam Map<String, String> params, Model model) {
    CurrentUser user = CurrentUsers.current();
    Map<String, String> errors = new LinkedHashMap<>();
    CaseQuery query = query(params, errors);
    model.addAttribute("p", params);
    model.addAttribute("errors", errors);
    model.addAttribute("units", filePlan.units());
    model.addAttribute("caseTypes", filePlan.caseTypes());
    model.addAttribute("user", user);
    model.addAttribute("figuresOnly", figuresOnly(user));
    model.addAttribute("result", errors.isEmpty() ? search.search(query, user) : null);
    model.addAttribute("pageLink", pageLink(params));
    return "akte/suche";
  }

  @GetMapping("/kennzahlen")
  String figures(Model model) {
    CurrentUser user = CurrentUsers.current();
    if (!user.isAdmin() && !user.isMemberOf(OrgUnits.PROCESS_MANAGERS)) {
      throw NotFoundException.of("Seite", "kennzahlen");
    }
    model.addAttribute("user", user);
    model.addAttribute("figures", search.figures());
    return "akte/kennzahlen";
  }

  @GetMapping("/vorgang/{caseNumber}")
  String vorgang(
      @PathVariable String caseNumber,
      @RequestParam(value = "ansicht", required = false) UUID preview,
      Model model) {
    return render(caseNumber, preview, model, Map.of(), Map.of());
  }

  @GetMapping("/vorgang/{caseNumber}/dokumente/{documentId}")
  ResponseEntity<InputStreamResource> document(
      @PathVariable String caseNumber,
      @PathVariable UUID documentId,
      @RequestParam(value = "herunterladen", required = false) String download) {
    DocumentDownload file = caseFile.download(caseNumber, documentId, CurrentUsers.current());
    DokumentView document = file.document();
    boolean inline = download == null && INLINE_TYPES.contains(document.mediaType());
    ContentDisposition.Builder disposition =
        inline ? ContentDisposition.inline() : ContentDisposition.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .contentLength(document.sizeBytes())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(new InputStreamResource(file.content()));
  }

  @PostMapping("/vorgang/{caseNumber}/vermerke")
  String addNote(
      @PathVariable String caseNumber,
      @RequestParam(value = "text", required = false) String text,
      RedirectAttributes redirect) {
    caseFile.addNote(caseNumber, text, CurrentUsers.current());
    return done(caseNumber, "vermerke", "Der Vermerk ist gespeichert.", redirect);
  }

  @PostMapping("/vorgang/{caseNumber}/dokumente")
  String upload(
      @PathVariable String caseNumber,
      @RequestParam(value = "datei", required = false) MultipartFile file,
      @RequestParam(value = "dokumentart", required = false) String documentType,
      RedirectAttributes redirect)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("datei", "Bitte eine Datei auswählen.");
    }
    if (file.getSize() > MAX_UPLOAD) {
      throw InvalidInputException.of("datei", "Die Datei ist größer als 20 MB.");
    }
    byte[] content = file.getBytes();
    String mediaType = ContentTypes.detect(content);
    if (!UPLOAD_TYPES.contains(mediaType)) {
      throw InvalidInputException.of(
          "datei", "Nur PDF, PNG, JPEG, TIFF oder Text; diese Datei ist " + mediaType + ".");
    }
    String type = documentType == null || documentType.isBlank() ? "ANLAGE" : documentType.strip();
    if (!type.matches("[A-Z_]{1,32}")) {
      throw InvalidInputException.of("dokumentart", "Unbekannte Dokumentart.");
    }
    String name = FileNames.of(file, "datei", "dokument");
    caseFile.addDocumentByClerk(
        caseNumber,
        NewDokument.of(name, mediaType, type, SourceChannel.CLERK),
        new ByteArrayInputStream(content),
        CurrentUsers.current());
    return done(caseNumber, "dokumente", "Das Dokument „" + name + "“ ist abgelegt.", redirect);
  }

  @PostMapping("/vorgang/{caseNumber}/wiedervorlage")
  String resubmit(
      @PathVariable String caseNumber,
      @RequestParam(value = "datum", required = false) String date,
      @RequestParam(value = "hinweis", required = false) String note,
      @RequestParam(value = "fuer", required = false) String forWhom,
      RedirectAttributes redirect) {
    Map<String, String> dateError = new LinkedHashMap<>();
    LocalDate day = date(date, "datum", dateError);
    if (!dateError.isEmpty()) {
      throw InvalidInputException.of("datum", dateError.get("datum"));
    }
    withFields(
        field -> "date".equals(field) ? "datum" : "hinweis",
        () ->
            processes.resubmit(
                caseNumber, day, note, "einheit".equals(forWhom), CurrentUsers.current()));
    return done(
        caseNumber,
        "wiedervorlage",
        "Die Wiedervorlage zum " + CityTime.date(day) + " ist gesetzt.",
        redirect);
  }

  @PostMapping("/vorgang/{caseNumber}/prozesse")
  String startProcess(
      @PathVariable String caseNumber,
      @RequestParam(value = "prozess", required = false) String processKey,
      @RequestParam(value = "text", required = false) String text,
      RedirectAttributes redirect) {
    withField(
        "prozess-" + processKey,
        () -> processes.start(caseNumber, processKey, text, CurrentUsers.current()));
    return done(caseNumber, "prozesse", "Der Prozess ist gestartet.", redirect);
  }

  @PostMapping("/vorgang/{caseNumber}/abschliessen")
  String close(
      @PathVariable String caseNumber,
      @RequestParam(value = "begruendung", required = false) String reason,
      RedirectAttributes redirect) {
    withField(
        "begruendung", () -> caseFile.closeWithReason(caseNumber, reason, CurrentUsers.current()));
    return done(caseNumber, "status", "Der Vorgang ist abgeschlossen.", redirect);
  }

  @PostMapping("/vorgang/{caseNumber}/wiedereroeffnen")
  String reopen(
      @PathVariable String caseNumber,
      @RequestParam(value = "begruendung", required = false) String reason,
      RedirectAttributes redirect) {
    withField("begruendung", () -> caseFile.reopen(caseNumber, reason, CurrentUsers.current()));
    return done(caseNumber, "status", "Der Vorgang ist wieder eröffnet.", redirect);
  }

  @PostMapping("/vorgang/{caseNumber}/freigaben")
  String share(
      @PathVariable String caseNumber,
      @RequestParam(value = "benutzer", required = false) String userId,
      RedirectAttributes redirect) {
    withField("benutzer", () -> caseFile.share(caseNumber, userId, CurrentUsers.current()));
    return done(caseNumber, "freigaben", "Der Vorgang ist freigegeben.", redirect);
  }

  /**
   * Bad input on a Vorgang page: the page again, with the messages and the values; nothing saved.
   */
  @ExceptionHandler(InvalidInputException.class)
  String invalid(
      InvalidInputException e,
      jakarta.servlet.http.HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String[] parts = path.split("/");
    if (parts.length < 4 || !"vorgang".equals(parts[2])) {
      throw e;
    }
    String caseNumber = java.net.URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError f : e.errors()) {
      errors.merge(f.field(), f.message(), (a, b) -> a + " " + b);
    }
    Map<String, String> values = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> values.put(k, v.length > 0 ? v[0] : ""));
    return render(caseNumber, null, model, errors, values);
  }

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute("user", CurrentUsers.current());
    model.addAttribute("message", e.getMessage());
    return "akte/nicht-gefunden";
  }

  private String render(
      String caseNumber,
      UUID preview,
      Model model,
      Map<String, String> errors,
      Map<String, String> values) {
    CurrentUser user = CurrentUsers.current();
    VorgangDetails vorgang = caseFile.read(caseNumber, user);
    model.addAttribute("user", user);
    model.addAttribute("v", vorgang);
    model.addAttribute("processes", processes.processes(caseNumber, user));
    model.addAttribute("tasks", processes.openTasks(caseNumber, user));
    List<CaseProcessOption> options =
        vorgang.workable() ? processes.optionsFor(caseNumber, user) : List.of();
    model.addAttribute("options", options);
    model.addAttribute(
        "preview",
        preview == null
            ? null
            : vorgang.documents().stream()
                .filter(d -> d.id().equals(preview) && INLINE_TYPES.contains(d.mediaType()))
                .findFirst()
                .orElse(null));
    model.addAttribute("errors", errors);
    model.addAttribute("values", values);
    model.addAttribute("today", LocalDate.now(clock.withZone(CityTime.ZONE)).toString());
    model.addAttribute("closed", vorgang.status() == VorgangStatus.CLOSED);
    return "akte/vorgang";
  }

  /** Runs a change; its input errors are shown at the form's one field. */
  private static void withField(String field, Runnable change) {
    withFields(ignored -> field, change);
  }

  /** Runs a change; its input errors are shown at the form's fields, named from the service's. */
  private static void withFields(UnaryOperator<String> formField, Runnable change) {
    try {
      change.run();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream()
              .map(f -> new FieldError(formField.apply(f.field()), f.message()))
              .toList());
    }
  }

  /** After a change: the message for the next page, and back to the Vorgang page's section. */
  private static String done(
      String caseNumber, String anchor, String message, RedirectAttributes redirect) {
    redirect.addFlashAttribute("meldung", message);
    return redirectTo(caseNumber, anchor);
  }

  private static String redirectTo(String caseNumber, String anchor) {
    return "redirect:/akte/vorgang/"
        + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20")
        + "#"
        + anchor;
  }

  private static boolean figuresOnly(CurrentUser user) {
    return user.isMemberOf(OrgUnits.PROCESS_MANAGERS)
        && OrgUnits.CLERK_UNITS.stream().noneMatch(user::isMemberOf)
        && !user.isAdmin();
  }

  private static CaseQuery query(Map<String, String> p, Map<String, String> errors) {
    LocalDate from = date(p.get("von"), "von", errors);
    LocalDate to = date(p.get("bis"), "bis", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("bis", "Das Ende liegt vor dem Anfang.");
    }
    VorgangStatus status =
        switch (p.getOrDefault("status", "")) {
          case "offen" -> VorgangStatus.OPEN;
          case "abgeschlossen" -> VorgangStatus.CLOSED;
          default -> null;
        };
    CaseQuery.Sort sort =
        switch (p.getOrDefault("sortierung", "")) {
          case "aelteste" -> CaseQuery.Sort.OLDEST;
          case "nummer" -> CaseQuery.Sort.CASE_NUMBER;
          case "betreff" -> CaseQuery.Sort.TITLE;
          default -> CaseQuery.Sort.NEWEST;
        };
    int page = 0;
    try {
      page = Math.max(0, Integer.parseInt(p.getOrDefault("seite", "1")) - 1);
    } catch (NumberFormatException e) {
      page = 0;
    }
    return new CaseQuery(
        p.get("nummer"),
        p.get("aktenzeichen"),
        p.get("name"),
        p.get("art"),
        p.get("einheit"),
        status,
        from,
        to,
        p.get("volltext"),
        sort,
        page,
        20);
  }

  private static LocalDate date(String value, String field, Map<String, String> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return v.contains(".")
          ? LocalDate.parse(v, java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu"))
          : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      errors.put(field, "Bitte ein Datum wie 31.12.2026 angeben.");
      return null;
    }
  }

  /** The search URL with every parameter but the page, to append {@code &seite=n}. */
  private static String pageLink(Map<String, String> params) {
    StringBuilder link = new StringBuilder("/akte/?");
    params.forEach(
        (k, v) -> {
          if (!"seite".equals(k) && v != null && !v.isBlank()) {
            link.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&');
          }
        });
    return link.toString();
  }
}
