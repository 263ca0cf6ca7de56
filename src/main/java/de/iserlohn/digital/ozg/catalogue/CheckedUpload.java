package de.iserlohn.digital.ozg.catalogue;

/** An upload that passed its field's rules, with the media type decided by its content. */
public record CheckedUpload(Upload upload, String mediaType) {}
