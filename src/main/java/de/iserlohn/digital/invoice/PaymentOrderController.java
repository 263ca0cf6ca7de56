package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.CsvFormat;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Payment orders (Zahlungsanordnungen) of released invoices for the Stadtkasse (Buchhaltung). */
@RestController
@RequestMapping("/api/invoices/payment-orders")
@Tag(name = "Invoices", description = "E-Rechnung: payment orders of released invoices")
class PaymentOrderController {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final PaymentOrderExport export;

  PaymentOrderController(PaymentOrderExport export) {
    this.export = export;
  }

  @PostMapping
  @Operation(
      summary =
          "Creates a batch of payment orders of all released invoices not exported yet; the same"
              + " Idempotency-Key returns the same batch (200); nothing to export: 204")
  ResponseEntity<PaymentOrderBatch> create(
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
    CurrentUser user = requireClerk();
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      throw InvalidInputException.of(
          IDEMPOTENCY_KEY, "Der Idempotency-Key muss 1 bis 100 Zeichen lang sein.");
    }
    return export
        .createBatch(idempotencyKey, user)
        .map(
            batch ->
                ResponseEntity.status(batch.newlyCreated() ? HttpStatus.CREATED : HttpStatus.OK)
                    .location(URI.create("/api/invoices/payment-orders/" + batch.batchId()))
                    .body(batch))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @GetMapping("/{batchId}")
  @Operation(summary = "A batch of payment orders (JSON)")
  PaymentOrderBatch read(@PathVariable String batchId) {
    requireClerk();
    return load(batchId);
  }

  @GetMapping(value = "/{batchId}.csv", produces = CsvFormat.MEDIA_TYPE)
  @Operation(summary = "A batch of payment orders as CSV for the Stadtkasse")
  ResponseEntity<String> csv(@PathVariable String batchId) {
    requireClerk();
    return file(batchId, "csv", PaymentOrderFiles.csv(load(batchId)));
  }

  @GetMapping(value = "/{batchId}.xml", produces = MediaType.APPLICATION_XML_VALUE)
  @Operation(summary = "A batch of payment orders as XML for the Stadtkasse")
  ResponseEntity<String> xml(@PathVariable String batchId) {
    requireClerk();
    return file(batchId, "xml", PaymentOrderFiles.xml(load(batchId)));
  }

  /** Another export took the same invoices at the same moment: nothing was written by this one. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> concurrent(DataIntegrityViolationException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Ein anderer Export läuft gerade; bitte die Anfrage mit demselben Idempotency-Key"
                + " wiederholen.");
    problem.setTitle("Export läuft bereits");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }

  private ResponseEntity<String> file(String batchId, String extension, String body) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"zahlungsanordnungen-%s.%s\"".formatted(batchId, extension))
        .body(body);
  }

  private PaymentOrderBatch load(String batchId) {
    return export
        .find(batchId)
        .orElseThrow(
            () -> new NotFoundException("Zahlungsanordnungen " + batchId + " nicht gefunden"));
  }

  /** Only the Buchhaltung exports payment orders; anyone else is answered as if nothing existed. */
  private static CurrentUser requireClerk() {
    CurrentUser user = CurrentUsers.current();
    if (!user.isAdmin() && !user.isMemberOf(OrgUnits.BUCHHALTUNG)) {
      throw new NotFoundException("Zahlungsanordnungen nicht gefunden");
    }
    return user;
  }
}
