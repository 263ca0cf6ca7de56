/**
 * The case file (E-Akte, after xdomea): an Akte holds Vorgänge, a Vorgang holds Dokumente. Content
 * is stored once per SHA-256 in a {@link de.iserlohn.digital.platform.casefile.DocumentStore};
 * every read, change and download is audited.
 */
@org.springframework.modulith.NamedInterface("casefile")
package de.iserlohn.digital.platform.casefile;
