package de.iserlohn.digital.platform.casefile;

/**
 * How long records of a kind are kept. Documents in the case file carry their class; every BPMN
 * model and DMN table sets its engine history time-to-live to the days of its class (checked by the
 * model lint test).
 */
public enum RetentionClass {
  /** Technical and operational processes (sensor events, scheduling): 90 days. */
  SHORT(90),
  /** Ordinary administrative cases (applications, notices): 3 years. */
  STANDARD(3 * 365),
  /** Personnel records (travel, mobile work): 6 years. */
  PERSONNEL(6 * 365),
  /** Financial records (invoices, fees, payment orders): 10 years. */
  FINANCE(10 * 365);

  private final int days;

  RetentionClass(int days) {
    this.days = days;
  }

  /** The retention in days, used as the engine's history time-to-live. */
  public int days() {
    return days;
  }
}
