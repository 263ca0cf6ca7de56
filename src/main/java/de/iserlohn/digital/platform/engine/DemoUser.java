package de.iserlohn.digital.platform.engine;

import java.util.List;

/** A demo user of non-production profiles; the password equals the user id. */
record DemoUser(String id, String firstName, String lastName, List<String> groups) {

  String email() {
    return id + "@iserlohn.example";
  }
}
