package de.iserlohn.digital.invoice;

/**
 * One result of a validation rule.
 *
 * @param ruleId e.g. BR-DE-15, BR-CO-15, XSD, or one of the city's IS-LW-* rules
 * @param severity ERROR, WARNING or INFO
 * @param location XPath or line:column where known
 * @param message the rule's message
 */
record Finding(String ruleId, Severity severity, String location, String message) {

  enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  static Finding warning(String ruleId, String location, String message) {
    return new Finding(ruleId, Severity.WARNING, location, message);
  }

  boolean isError() {
    return severity == Severity.ERROR;
  }
}
