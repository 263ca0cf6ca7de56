package de.iserlohn.digital.platform.security;

import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The engine's users and groups come from Keycloak (read-only), so that candidate groups and
 * Cockpit authorisations resolve to Keycloak groups. Settings under {@code
 * plugin.identity.keycloak.*} (see application-keycloak.yml).
 */
@Component
@Profile(KeycloakSecurityConfiguration.PROFILE)
@ConfigurationProperties(prefix = "plugin.identity.keycloak")
class KeycloakIdentityPlugin extends KeycloakIdentityProviderPlugin {}
