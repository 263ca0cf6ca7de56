package de.iserlohn.digital.platform.casefile;

/**
 * A Vorgang opened together with its first document ({@link CaseFileManagement#openWithDocument}).
 */
public record OpenedVorgang(VorgangRef vorgang, DokumentView document) {}
