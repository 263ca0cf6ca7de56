/**
 * The clerks' workspace at {@code /akte/}: search over the case file, the Vorgang page with
 * documents, notes, audit trail, processes and tasks, resubmissions; German, server-rendered,
 * usable without JavaScript.
 */
package de.iserlohn.digital.platform.workspace;
