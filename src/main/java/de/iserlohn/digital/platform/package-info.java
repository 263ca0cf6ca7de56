/**
 * The platform every domain stands on: engine configuration, the case file (E-Akte: Akte &gt;
 * Vorgang &gt; Dokument) with its document store and audit log, identity and security, outgoing
 * mail and the REST error conventions.
 *
 * <p>Other modules use the named interfaces {@code casefile}, {@code cluster}, {@code identity},
 * {@code notification}, {@code pdf}, {@code web} and {@code figures}; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package de.iserlohn.digital.platform;
