/**
 * Engine setup: authorisations of the org-unit groups and process managers for Tasklist and
 * Cockpit, the shared Tasklist filters, and the demo identity of non-production profiles.
 */
package de.iserlohn.digital.platform.engine;
