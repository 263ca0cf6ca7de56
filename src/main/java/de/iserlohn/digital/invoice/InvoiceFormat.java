package de.iserlohn.digital.invoice;

/** The kind of e-invoice, detected from the content, never from a file name. */
enum InvoiceFormat {
  UBL_INVOICE,
  UBL_CREDIT_NOTE,
  CII,
  ZUGFERD_PDF,
  /** A scanned paper invoice, captured by hand (no structured data, no schematron). */
  PAPER
}
