package de.iserlohn.digital.invoice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Takes the mailroom's scanned paper invoices into manual capture (persisted event registry). */
@Component
class ScannedInvoiceListener {

  private static final Logger log = LoggerFactory.getLogger(ScannedInvoiceListener.class);

  private final InvoiceIntake intake;

  ScannedInvoiceListener(InvoiceIntake intake) {
    this.intake = intake;
  }

  @ApplicationModuleListener
  void on(ScannedInvoiceReceived scan) {
    intake
        .acceptScan(scan)
        .ifPresentOrElse(
            number ->
                log.info(
                    "Scan {} of {} to capture as {}", scan.documentId(), scan.caseNumber(), number),
            () ->
                log.info(
                    "Scan {} of {} was handed over before", scan.documentId(), scan.caseNumber()));
  }
}
