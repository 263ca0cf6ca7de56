package de.iserlohn.digital.platform.casefile;

import java.io.InputStream;

/** A document's metadata with its content, opened for one download. The caller closes it. */
public record DocumentDownload(DokumentView document, InputStream content) {}
