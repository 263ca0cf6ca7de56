package de.iserlohn.digital.invoice;

import java.util.UUID;

/**
 * The mailroom scanned a paper invoice; it goes to manual capture.
 *
 * @param caseNumber the mailroom's Vorgang holding the scan
 * @param documentId the scanned PDF in that Vorgang
 * @param extractedText the text recognised on the scan (may be empty)
 */
public record ScannedInvoiceReceived(String caseNumber, UUID documentId, String extractedText) {}
