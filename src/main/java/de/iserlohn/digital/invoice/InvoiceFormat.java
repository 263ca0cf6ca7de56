package de.iserlohn.digital.invoice;

/** The kind of e-invoice, detected from the content, never from a file name. */
enum InvoiceFormat {
  UBL_INVOICE,
  UBL_CREDIT_NOTE,
  CII,
  ZUGFERD_PDF
}
