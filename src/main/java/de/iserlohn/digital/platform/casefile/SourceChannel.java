package de.iserlohn.digital.platform.casefile;

/** Where a document entered the city administration. */
public enum SourceChannel {
  /** Citizen or company on the service portal. */
  PORTAL,
  /** Machine-to-machine REST upload (suppliers, other systems). */
  API,
  /** Incoming e-mail. */
  EMAIL,
  /** Scanned paper post from the mailroom. */
  SCAN,
  /** Uploaded by a clerk. */
  CLERK,
  /** Produced by a process (notices, agreements, reports). */
  PROCESS
}
