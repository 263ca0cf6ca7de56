package de.iserlohn.digital.hr.api;

import de.iserlohn.digital.hr.directory.EmployeeDirectory;
import de.iserlohn.digital.hr.documents.Uploads;
import de.iserlohn.digital.hr.expense.ExpenseClaimForm;
import de.iserlohn.digital.hr.expense.ExpenseClaims;
import de.iserlohn.digital.hr.expense.PaymentOrders;
import de.iserlohn.digital.hr.mobilework.MobileWorkForm;
import de.iserlohn.digital.hr.mobilework.MobileWorkRequests;
import de.iserlohn.digital.hr.personnelfile.PersonnelFileSection;
import de.iserlohn.digital.hr.personnelfile.PersonnelFileView;
import de.iserlohn.digital.hr.personnelfile.PersonnelFiles;
import de.iserlohn.digital.hr.requests.HrRequest;
import de.iserlohn.digital.hr.requests.HrRequests;
import de.iserlohn.digital.hr.requests.RequestKind;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.hr.travel.TravelRequestForm;
import de.iserlohn.digital.hr.travel.TravelRequests;
import de.iserlohn.digital.platform.casefile.DokumentView;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.platform.web.FileNames;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the HR module (HTTP Basic, the platform's {@code /api/**} chain). */
@RestController
@RequestMapping("/api/hr")
class HrApiController {

  private final PersonnelFiles personnelFiles;
  private final HrRequests requests;
  private final TravelRequests travelRequests;
  private final MobileWorkRequests mobileWorkRequests;
  private final ExpenseClaims expenseClaims;
  private final EmployeeDirectory directory;

  HrApiController(
      PersonnelFiles personnelFiles,
      HrRequests requests,
      TravelRequests travelRequests,
      MobileWorkRequests mobileWorkRequests,
      ExpenseClaims expenseClaims,
      EmployeeDirectory directory) {
    this.expenseClaims = expenseClaims;
    this.directory = directory;
    this.personnelFiles = personnelFiles;
    this.requests = requests;
    this.travelRequests = travelRequests;
    this.mobileWorkRequests = mobileWorkRequests;
  }

  /** The personnel file (sections and documents): HR and the employee only, otherwise 404. */
  @GetMapping("/personnel-files/{userId}")
  PersonnelFileView personnelFile(@PathVariable String userId) {
    return personnelFiles.read(userId, CurrentUsers.current());
  }

  /** HR files a document into a section of a personnel file. */
  @PostMapping("/personnel-files/{userId}/documents")
  @ResponseStatus(HttpStatus.CREATED)
  DokumentView upload(
      @PathVariable String userId,
      @RequestParam("section") PersonnelFileSection section,
      @RequestParam(value = "documentType", defaultValue = "SONSTIGES") String documentType,
      @RequestParam("file") MultipartFile file)
      throws IOException {
    CurrentUser user = CurrentUsers.current();
    if (!user.isMemberOf(OrgUnits.PERSONAL) && !user.isAdmin()) {
      throw NotFoundException.of("Personalakte", userId);
    }
    if (file.getSize() > Uploads.MAX_BYTES) {
      throw InvalidInputException.of("file", "Die Datei ist größer als 5 MB.");
    }
    byte[] content = file.getBytes();
    String mediaType = Uploads.detectAccepted(content);
    if (mediaType == null) {
      throw InvalidInputException.of("file", "Nur PDF-, JPEG- und PNG-Dateien sind erlaubt.");
    }
    if (!documentType.matches("[A-Z_]{1,64}")) {
      throw InvalidInputException.of("documentType", "Ungültige Dokumentart.");
    }
    String name = FileNames.of(file, "file", "upload");
    return personnelFiles.file(
        userId, section, name, mediaType, documentType, SourceChannel.CLERK, content, user);
  }

  /** The caller's own requests, newest first. */
  @GetMapping("/requests")
  List<HrRequest> myRequests() {
    return requests.ofEmployee(CurrentUsers.current().userId());
  }

  /** Files a travel request and starts its approval. */
  @PostMapping("/travel-requests")
  @ResponseStatus(HttpStatus.CREATED)
  HrRequest submitTravelRequest(@RequestBody TravelRequestForm form) {
    return travelRequests.submit(form, CurrentUsers.current());
  }

  /** Files a mobile-work request and starts the supervisor's decision. */
  @PostMapping("/mobile-work-requests")
  @ResponseStatus(HttpStatus.CREATED)
  HrRequest submitMobileWorkRequest(@RequestBody MobileWorkForm form) {
    return mobileWorkRequests.submit(form, CurrentUsers.current());
  }

  /**
   * Files an expense claim for an approved trip (multipart: the fields and up to ten receipts,
   * PDF/JPEG/PNG by content, 5 MB each).
   */
  @PostMapping(value = "/expense-claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  HrRequest submitExpenseClaim(
      @RequestParam(value = "travelCaseNumber", required = false) String travelCaseNumber,
      @RequestParam(value = "departure", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime departure,
      @RequestParam(value = "returnAt", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          LocalDateTime returnAt,
      @RequestParam(value = "breakfasts", required = false) Integer breakfasts,
      @RequestParam(value = "lunches", required = false) Integer lunches,
      @RequestParam(value = "dinners", required = false) Integer dinners,
      @RequestParam(value = "vehicle", required = false) String vehicle,
      @RequestParam(value = "kilometres", required = false) Integer kilometres,
      @RequestParam(value = "goodReason", required = false) Boolean goodReason,
      @RequestParam(value = "receiptsAmount", required = false) BigDecimal receiptsAmount,
      @RequestParam(value = "receipts", required = false) List<MultipartFile> receipts)
      throws IOException {
    return expenseClaims.submit(
        new ExpenseClaimForm(
            travelCaseNumber,
            departure,
            returnAt,
            breakfasts,
            lunches,
            dinners,
            vehicle,
            kilometres,
            goodReason,
            receiptsAmount),
        HrUploads.toReceipts(receipts),
        CurrentUsers.current());
  }

  /** The payment orders of all claims ordered for payment (CSV), for HR and the Stadtkasse. */
  @GetMapping(value = "/payment-orders.csv", produces = "text/csv")
  String paymentOrders() {
    CurrentUser user = CurrentUsers.current();
    if (!user.isMemberOf(OrgUnits.PERSONAL)
        && !user.isMemberOf(OrgUnits.BUCHHALTUNG)
        && !user.isAdmin()) {
      throw new NotFoundException("Zahlungsanordnungen nicht gefunden");
    }
    StringBuilder csv = new StringBuilder(PaymentOrders.HEADER);
    for (HrRequest claim :
        requests.inStatus(RequestKind.REISEKOSTEN, RequestStatus.ZUR_ZAHLUNG_ANGEWIESEN)) {
      String name =
          directory.find(claim.employeeId()).map(e -> e.displayName()).orElse(claim.employeeId());
      csv.append(
          PaymentOrders.line(
              claim.caseNumber(),
              claim.employeeId(),
              name,
              claim.travelCaseNumber(),
              claim.amount(),
              CityTime.day(claim.updatedAt())));
    }
    return csv.toString();
  }
}
