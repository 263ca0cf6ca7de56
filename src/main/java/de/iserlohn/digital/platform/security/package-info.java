/**
 * Web security: HTTP Basic against the engine's identity for {@code /api/**} and {@code
 * /engine-rest/**} (default profile), the engine's own login for the Camunda webapps, and the
 * hand-over of the caller to the engine so that its authorisation checks apply to REST calls.
 */
package de.iserlohn.digital.platform.security;
