/**
 * Digital mailroom (Poststelle): intake of scanned paper post from the scanners' hot folder and a
 * REST upload, checks by content (type, encryption, size, decompression bombs; bad files go to a
 * quarantine folder with a note), text extraction and OCR with Apache Tika and Tesseract,
 * classification by a DMN table, distribution into the case file (the referenced Vorgang, a new
 * Vorgang of the receiving unit, or the e-invoice module's manual capture), message correlation
 * into processes that wait for post, and the retention and release for destruction of paper
 * originals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digitale Poststelle")
package de.iserlohn.digital.mailroom;
