package de.iserlohn.digital.platform.casefile;

/**
 * A module that keeps data of a Vorgang outside the case file (an OZG application with the
 * citizen's data, a mailroom item with its OCR text, the mails sent about it) erases it when the
 * Vorgang is disposed of ({@link CaseFileDisposal#dispose}), in the same transaction.
 */
public interface CaseDataEraser {

  /** Erases everything this module keeps about the Vorgang; erasing nothing is fine. */
  void erase(String caseNumber);
}
