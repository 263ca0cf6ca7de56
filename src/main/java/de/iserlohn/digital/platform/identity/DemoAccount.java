package de.iserlohn.digital.platform.identity;

import java.util.List;

/**
 * A demo user that a module needs (e.g. employees and supervisors for HR), declared as a bean. The
 * platform seeds all of them with the built-in demo users in non-production profiles only; the
 * password equals the id.
 */
public record DemoAccount(String id, String firstName, String lastName, List<String> groups) {

  public DemoAccount {
    groups = List.copyOf(groups);
  }

  public String email() {
    return id + "@iserlohn.example";
  }
}
