package de.iserlohn.digital.platform.identity;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * A standing engine authorisation that a module needs, declared as a bean; the platform grants all
 * of them idempotently on every start. Example: who may start a process from Tasklist.
 *
 * <pre>{@code
 * @Bean
 * EngineGrant clerksStartTravelRequests() {
 *   return EngineGrant.startProcess("travel-request", OrgUnits.PERSONAL);
 * }
 * }</pre>
 */
public record EngineGrant(
    String group, Resource resource, String resourceId, Permission permission) {

  /** Lets the group start instances of the process (definition and instance permissions). */
  public static EngineGrant startProcess(String processKey, String group) {
    return new EngineGrant(
        group,
        org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION,
        processKey,
        org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
  }
}
