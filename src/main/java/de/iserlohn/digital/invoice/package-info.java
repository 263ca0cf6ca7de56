/**
 * E-invoice intake: XRechnung (UBL, CII) and ZUGFeRD/Factur-X PDFs are read, checked against the
 * official rules (phive: XSD, EN 16931, XRechnung schematron) and the city's own rules
 * (Leitweg-ID), entered into the invoice register (Rechnungseingangsbuch) and filed unchanged into
 * the case file.
 *
 * <p>API: {@link de.iserlohn.digital.invoice.InvoiceRegistered} (event) and {@link
 * de.iserlohn.digital.invoice.ScannedInvoiceReceived} (the mailroom's hand-over).
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-Rechnung")
package de.iserlohn.digital.invoice;
