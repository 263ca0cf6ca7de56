package de.iserlohn.digital.platform.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import de.iserlohn.digital.platform.identity.EngineGrant;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Grants the standing authorisations (idempotently, on every start): clerks of every org unit use
 * Tasklist and see process diagrams; process managers use Cockpit and may act on instances; {@code
 * camunda-admin} may do everything. Task visibility itself follows the candidate groups.
 */
@Component
class EngineAuthorizationSetup {

  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";
  static final String ADMIN_APP = "admin";

  private final AuthorizationService authorizations;
  private final List<EngineGrant> moduleGrants;

  EngineAuthorizationSetup(AuthorizationService authorizations, List<EngineGrant> moduleGrants) {
    this.authorizations = authorizations;
    this.moduleGrants = moduleGrants;
  }

  void apply() {
    for (String unit : OrgUnits.CLERK_UNITS) {
      grantGroup(unit, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
      grantGroup(unit, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grantGroup(unit, Resources.PROCESS_DEFINITION, "general-case", Permissions.CREATE_INSTANCE);
      grantGroup(unit, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    String pm = OrgUnits.PROCESS_MANAGERS;
    grantGroup(pm, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
    grantGroup(pm, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
    for (Resource resource :
        new Resource[] {
          Resources.PROCESS_DEFINITION,
          Resources.PROCESS_INSTANCE,
          Resources.DECISION_DEFINITION,
          Resources.DECISION_REQUIREMENTS_DEFINITION,
          Resources.BATCH
        }) {
      grantGroup(pm, resource, ANY, Permissions.ALL);
    }
    grantGroup(pm, Resources.TASK, ANY, Permissions.READ);
    grantGroup(pm, Resources.DEPLOYMENT, ANY, Permissions.READ);
    for (Resources resource : Resources.values()) {
      grantGroup(OrgUnits.ADMIN, resource, ANY, Permissions.ALL);
    }
    for (EngineGrant grant : moduleGrants) {
      grantGroup(grant.group(), grant.resource(), grant.resourceId(), grant.permission());
      if (grant.permission() == Permissions.CREATE_INSTANCE) {
        grantGroup(grant.group(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
  }

  void grantEveryone(Resource resource, String resourceId, Permission permission) {
    if (authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GLOBAL)
            .resourceType(resource)
            .resourceId(resourceId)
            .count()
        == 0) {
      // everyone: a GLOBAL authorization (a GRANT to user "*" is not checked for single resources)
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      grant.setUserId(ANY);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    }
  }

  private void grantGroup(
      String group, Resource resource, String resourceId, Permission permission) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .groupIdIn(group)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    if (existing == null) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      grant.addPermission(permission);
      authorizations.saveAuthorization(grant);
    } else if (!existing.isPermissionGranted(permission)) {
      existing.addPermission(permission);
      authorizations.saveAuthorization(existing);
    }
  }
}
