/**
 * REST conventions shared by all modules: problem details for 4xx errors with a message per field.
 */
@org.springframework.modulith.NamedInterface("web")
package de.iserlohn.digital.platform.web;
