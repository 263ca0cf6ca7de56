/**
 * PDFs for people and for the archive: every PDF the platform writes is rendered here from HTML as
 * PDF/A-2b (fonts embedded, sRGB output intent, XMP metadata), so that notices, certificates,
 * permits and HR documents can be kept and handed to the state archive as they are.
 */
@org.springframework.modulith.NamedInterface("pdf")
package de.iserlohn.digital.platform.pdf;
