package de.iserlohn.digital.ozg.application;

/**
 * There is no application with this case number. A domain outcome: the web layers answer it with
 * 404 ({@code OzgExceptionHandler}, {@code PortalErrors}); in a process it is an incident.
 */
public class ApplicationNotFoundException extends RuntimeException {

  public ApplicationNotFoundException(String caseNumber) {
    super("Antrag " + caseNumber + " nicht gefunden");
  }
}
