package de.iserlohn.digital.platform.web;

/**
 * A message about one input field, as returned in the {@code errors} list of a 400 problem.
 *
 * @param field the field key as the client sent it
 * @param message a German message a citizen or clerk understands
 */
public record FieldError(String field, String message) {}
