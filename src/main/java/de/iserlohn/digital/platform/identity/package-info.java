/** Who is calling: the current user with the org-unit groups, and the known org units. */
@org.springframework.modulith.NamedInterface("identity")
package de.iserlohn.digital.platform.identity;
