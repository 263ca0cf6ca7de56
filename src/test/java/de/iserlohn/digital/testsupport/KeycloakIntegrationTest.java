package de.iserlohn.digital.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application in the {@code keycloak} profile against a real Keycloak (started once per
 * JVM from the Maven Central distribution). Runs in a surefire execution of its own (tag {@code
 * keycloak}, H2): a second application context in the same JVM would register a second engine named
 * "default" and the engine REST API of the other context would reach the wrong one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("keycloak")
@ContextConfiguration(initializers = {TestInfrastructure.class, KeycloakInfrastructure.class})
@Tag("keycloak")
public @interface KeycloakIntegrationTest {}
