package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.FileNames;
import de.iserlohn.digital.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** E-invoice intake and the clerk's view of the invoice register. */
@RestController
@RequestMapping("/api/invoices")
@Tag(name = "Invoices", description = "E-Rechnung: intake, register (Rechnungseingangsbuch)")
class InvoiceController {

  private final InvoiceIntake intake;
  private final InvoiceRegister register;
  private final InvoiceCheck check;
  private final CaseFileManagement caseFile;

  InvoiceController(
      InvoiceIntake intake,
      InvoiceRegister register,
      InvoiceCheck check,
      CaseFileManagement caseFile) {
    this.intake = intake;
    this.register = register;
    this.check = check;
    this.caseFile = caseFile;
  }

  @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_PDF_VALUE})
  @Operation(summary = "Receives an e-invoice as the request body (XRechnung XML or ZUGFeRD PDF)")
  ResponseEntity<InvoiceView> upload(@RequestBody byte[] content) {
    return answer(
        receive(() -> intake.receive(content, null, SourceChannel.API, CurrentUsers.current())));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Receives an e-invoice as multipart field 'file'")
  ResponseEntity<InvoiceView> uploadFile(@RequestPart("file") MultipartFile file)
      throws IOException {
    byte[] content = file.getBytes();
    return answer(
        receive(
            () ->
                intake.receive(
                    content,
                    FileNames.of(file, "file", null),
                    SourceChannel.API,
                    CurrentUsers.current())));
  }

  /**
   * Uploads of the same file at the same moment all pass the duplicate lookup; the register's
   * unique file hash lets one commit and rolls the others back. Asked once more, each of those
   * finds the first registration and answers it as the duplicate (200), instead of a 500.
   */
  private static InvoiceView receive(Supplier<InvoiceView> intake) {
    try {
      return intake.get();
    } catch (DuplicateKeyException registeredConcurrently) {
      return intake.get();
    }
  }

  @GetMapping("/{registerNumber}")
  @Operation(summary = "Reads an entry of the invoice register with its findings and history")
  InvoiceView read(@PathVariable String registerNumber) {
    requireClerk(registerNumber);
    return register
        .find(registerNumber)
        .orElseThrow(() -> new NotFoundException("Rechnung " + registerNumber + " nicht gefunden"));
  }

  @GetMapping(value = "/{registerNumber}/view", produces = MediaType.TEXT_HTML_VALUE)
  @Operation(summary = "The invoice rendered readable next to its validation report (task forms)")
  String view(@PathVariable String registerNumber) throws IOException {
    InvoiceView invoice = read(registerNumber);
    byte[] xml = null;
    String documentId = register.documentId(registerNumber).orElse(null);
    if (documentId != null && !InvoiceFormat.PAPER.name().equals(invoice.format())) {
      try (var content =
          caseFile
              .download(registerNumber, UUID.fromString(documentId), CurrentUsers.current())
              .content()) {
        xml = check.invoiceXml(content.readAllBytes());
      }
    }
    return InvoiceRendering.page(invoice, xml);
  }

  @GetMapping(value = "/{registerNumber}/scan-text", produces = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "The text recognised on a scanned paper invoice (capture form)")
  String scanText(@PathVariable String registerNumber) {
    requireClerk(registerNumber);
    return register
        .scan(registerNumber)
        .map(InvoiceRegister.Scan::extractedText)
        .orElseThrow(() -> new NotFoundException("Scan " + registerNumber + " nicht gefunden"));
  }

  @GetMapping
  @Operation(summary = "Searches the invoice register (Buchhaltung)")
  List<InvoiceView> search(
      @RequestParam(required = false) String supplier,
      @RequestParam(required = false) String invoiceNumber,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate receivedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate receivedTo) {
    requireClerk(null);
    return register.search(supplier, invoiceNumber, status, receivedFrom, receivedTo, 200);
  }

  @ExceptionHandler(RejectedInputException.class)
  ResponseEntity<ProblemDetail> rejected(RejectedInputException e) {
    HttpStatus status =
        switch (e.reason()) {
          case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
          case NOT_AN_INVOICE, PDF_WITHOUT_INVOICE, UNSUPPORTED_VERSION ->
              HttpStatus.UNPROCESSABLE_ENTITY;
          default -> HttpStatus.BAD_REQUEST;
        };
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle("Keine annehmbare E-Rechnung");
    problem.setProperty("outcome", "REJECTED");
    problem.setProperty("reason", e.reason().name());
    problem.setProperty("errors", List.of(Map.of("field", "file", "message", e.getMessage())));
    return ResponseEntity.status(status).body(problem);
  }

  private static ResponseEntity<InvoiceView> answer(InvoiceView view) {
    return ResponseEntity.status(view.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
  }

  /** Only the Buchhaltung reads the register; anyone else is answered as if nothing existed. */
  private static void requireClerk(String registerNumber) {
    CurrentUser user = CurrentUsers.current();
    if (!user.isAdmin() && !user.isMemberOf(OrgUnits.BUCHHALTUNG)) {
      throw new NotFoundException(
          registerNumber == null
              ? "Rechnungseingangsbuch nicht gefunden"
              : "Rechnung " + registerNumber + " nicht gefunden");
    }
  }
}
