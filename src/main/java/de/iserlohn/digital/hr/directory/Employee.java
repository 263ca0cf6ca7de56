package de.iserlohn.digital.hr.directory;

/**
 * An employee in the HR directory.
 *
 * @param userId the login (engine identity / Keycloak user name)
 * @param supervisorId the lead of the employee's org unit; {@code null} for the lead themselves
 */
public record Employee(
    String userId,
    String firstName,
    String lastName,
    String orgUnit,
    String email,
    String supervisorId) {

  public String displayName() {
    return firstName + " " + lastName;
  }
}
