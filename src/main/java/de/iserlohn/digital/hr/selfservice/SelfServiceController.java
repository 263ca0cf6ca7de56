package de.iserlohn.digital.hr.selfservice;

import de.iserlohn.digital.hr.api.HrUploads;
import de.iserlohn.digital.hr.expense.ExpenseClaimForm;
import de.iserlohn.digital.hr.expense.ExpenseClaims;
import de.iserlohn.digital.hr.mobilework.MobileWorkForm;
import de.iserlohn.digital.hr.mobilework.MobileWorkRequests;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestKind;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.hr.travel.TravelRequestForm;
import de.iserlohn.digital.hr.travel.TravelRequestValidation;
import de.iserlohn.digital.hr.travel.TravelRequests;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DocumentDownload;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee self-service pages (German, server-rendered, no JavaScript): own requests and their
 * status, own personnel file, forms for travel requests, expense claims and mobile work.
 */
@Controller
@RequestMapping("/mitarbeiter")
class SelfServiceController {

  private final HrRequests requests;
  private final PersonnelFiles personnelFiles;
  private final CaseFileManagement caseFile;
  private final TravelRequests travelRequests;
  private final MobileWorkRequests mobileWork;
  private final ExpenseClaims expenseClaims;

  SelfServiceController(
      HrRequests requests,
      PersonnelFiles personnelFiles,
      CaseFileManagement caseFile,
      TravelRequests travelRequests,
      MobileWorkRequests mobileWork,
      ExpenseClaims expenseClaims) {
    this.requests = requests;
    this.personnelFiles = personnelFiles;
    this.caseFile = caseFile;
    this.travelRequests = travelRequests;
    this.mobileWork = mobileWork;
    this.expenseClaims = expenseClaims;
  }

  @GetMapping("/anmelden")
  String login() {
    return "hr/anmelden";
  }

  @GetMapping("/")
  String overview(Model model) {
    CurrentUser user = CurrentUsers.current();
    model.addAttribute("user", user.userId());
    model.addAttribute("requests", requests.ofEmployee(user.userId()));
    try {
      model.addAttribute("file", personnelFiles.read(user.userId(), user));
    } catch (NotFoundException e) {
      model.addAttribute("file", null);
    }
    return "hr/uebersicht";
  }

  @GetMapping("/dokumente/{caseNumber}/{id}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String caseNumber, @PathVariable UUID id) {
    DocumentDownload d = caseFile.download(caseNumber, id, CurrentUsers.current());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.document().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(d.document().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new InputStreamResource(d.content()));
  }

  @GetMapping("/dienstreise")
  String travelForm(Model model) {
    model.addAttribute("form", Map.of());
    model.addAttribute("transports", transports());
    model.addAttribute("errors", Map.of());
    return "hr/dienstreise";
  }

  @PostMapping("/dienstreise")
  String submitTravel(
      @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
    List<FieldError> errors = new ArrayList<>();
    TravelRequestForm form =
        new TravelRequestForm(
            params.get("destination"),
            params.containsKey("abroad") ? "ja".equals(params.get("abroad")) : null,
            parse(params, "startDate", LocalDate::parse, errors),
            parse(params, "endDate", LocalDate::parse, errors),
            params.get("purpose"),
            params.get("transport"),
            parse(params, "estimatedCost", s -> new BigDecimal(s.replace(',', '.')), errors));
    return submit(
        errors,
        () -> travelRequests.submit(form, CurrentUsers.current()),
        params,
        model,
        redirect,
        "hr/dienstreise");
  }

  @GetMapping("/mobiles-arbeiten")
  String mobileWorkForm(Model model) {
    model.addAttribute("form", Map.of());
    model.addAttribute("errors", Map.of());
    return "hr/mobiles-arbeiten";
  }

  @PostMapping("/mobiles-arbeiten")
  String submitMobileWork(
      @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
    List<FieldError> errors = new ArrayList<>();
    MobileWorkForm form =
        new MobileWorkForm(
            parse(params, "startDate", LocalDate::parse, errors),
            parse(params, "endDate", LocalDate::parse, errors),
            parse(params, "daysPerWeek", Integer::valueOf, errors),
            params.get("reason"));
    return submit(
        errors,
        () -> mobileWork.submit(form, CurrentUsers.current()),
        params,
        model,
        redirect,
        "hr/mobiles-arbeiten");
  }

  @GetMapping("/reisekosten")
  String expenseForm(Model model) {
    model.addAttribute("form", Map.of());
    model.addAttribute("errors", Map.of());
    model.addAttribute("trips", approvedTrips());
    return "hr/reisekosten";
  }

  @PostMapping("/reisekosten")
  String submitExpense(
      @RequestParam Map<String, String> params,
      @RequestParam(value = "receipts", required = false) List<MultipartFile> files,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    List<FieldError> errors = new ArrayList<>();
    ExpenseClaimForm form =
        new ExpenseClaimForm(
            params.get("travelCaseNumber"),
            parse(params, "departure", LocalDateTime::parse, errors),
            parse(params, "returnAt", LocalDateTime::parse, errors),
            parse(params, "breakfasts", Integer::valueOf, errors),
            parse(params, "lunches", Integer::valueOf, errors),
            parse(params, "dinners", Integer::valueOf, errors),
            params.get("vehicle"),
            parse(params, "kilometres", Integer::valueOf, errors),
            "ja".equals(params.get("goodReason")),
            parse(params, "receiptsAmount", s -> new BigDecimal(s.replace(',', '.')), errors));
    var receipts = HrUploads.toReceipts(files);
    model.addAttribute("trips", approvedTrips());
    return submit(
        errors,
        () -> expenseClaims.submit(form, receipts, CurrentUsers.current()),
        params,
        model,
        redirect,
        "hr/reisekosten");
  }

  private List<HrRequest> approvedTrips() {
    return requests.ofEmployee(CurrentUsers.current().userId()).stream()
        .filter(r -> r.kind() == RequestKind.DIENSTREISE && r.status() == RequestStatus.GENEHMIGT)
        .toList();
  }

  private String submit(
      List<FieldError> parseErrors,
      java.util.function.Supplier<HrRequest> action,
      Map<String, String> params,
      Model model,
      RedirectAttributes redirect,
      String view) {
    List<FieldError> errors = new ArrayList<>(parseErrors);
    if (errors.isEmpty()) {
      try {
        HrRequest request = action.get();
        redirect.addFlashAttribute(
            "message",
            request.kind().label() + " eingereicht (Aktenzeichen " + request.caseNumber() + ").");
        return "redirect:/mitarbeiter/";
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(e -> byField.merge(e.field(), e.message(), (a, b) -> a + " " + b));
    model.addAttribute("form", params);
    model.addAttribute("errors", byField);
    model.addAttribute("transports", transports());
    return view;
  }

  private static Map<String, String> transports() {
    return new java.util.TreeMap<>(TravelRequestValidation.TRANSPORTS);
  }

  private static <T> T parse(
      Map<String, String> params,
      String field,
      Function<String, T> parser,
      List<FieldError> errors) {
    String value = params.get(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.trim());
    } catch (RuntimeException e) {
      errors.add(new FieldError(field, "Bitte geben Sie einen gültigen Wert ein."));
      return null;
    }
  }
}
