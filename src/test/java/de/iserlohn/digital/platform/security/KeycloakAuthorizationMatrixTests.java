package de.iserlohn.digital.platform.security;

import static de.iserlohn.digital.testsupport.KeycloakServer.FOREIGN_REALM;
import static de.iserlohn.digital.testsupport.KeycloakServer.REALM;
import static de.iserlohn.digital.testsupport.KeycloakServer.SHORT_LIVED_CLIENT;
import static de.iserlohn.digital.testsupport.KeycloakServer.TEST_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.OpenVorgang;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.testsupport.KeycloakIntegrationTest;
import de.iserlohn.digital.testsupport.KeycloakServer;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may call what with Keycloak tokens: for each kind of caller and each endpoint family the
 * expected status. Tokens come from the real Keycloak over HTTP, never forged.
 */
@KeycloakIntegrationTest
class KeycloakAuthorizationMatrixTests {

  private final KeycloakServer keycloak = KeycloakServer.get();

  @Autowired TestRestTemplate http;
  @Autowired CaseFileManagement caseFile;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @Test
  void requestsWithoutAValidTokenOfTheRealmAreRefused() {
    String valid = token("bschmidt");
    String otherRealm = keycloak.passwordToken(FOREIGN_REALM, TEST_CLIENT, "bschmidt");
    String withoutAudience = keycloak.passwordToken(REALM, "admin-cli", "bschmidt");

    for (String path : List.of("/api/cases", "/engine-rest/task")) {
      assertThat(get(path, null).getStatusCode())
          .as(path + " without token")
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(get(path, "not-a-token").getStatusCode())
          .as(path + " garbage")
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(get(path, otherRealm).getStatusCode())
          .as(path + " other realm")
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(get(path, withoutAudience).getStatusCode())
          .as(path + " no audience")
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(get(path, valid).getStatusCode()).as(path + " valid").isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void anExpiredTokenIsRefused() {
    String shortLived = keycloak.passwordToken(REALM, SHORT_LIVED_CLIENT, "bschmidt");

    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> get("/api/cases", shortLived).getStatusCode() == HttpStatus.UNAUTHORIZED);

    // a fresh token of the same client and user is accepted: the difference is only the time
    assertThat(
            get("/api/cases", keycloak.passwordToken(REALM, SHORT_LIVED_CLIENT, "bschmidt"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aClerkReadsTheCasesOfTheirOrgUnitOnly() {
    String own = open("Meldebescheinigung", "buergerbuero", null);
    String other = open("Sondernutzung", "ordnungsamt", null);
    String clerk = token("bschmidt");

    assertThat(get("/api/cases/" + own, clerk).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("/api/cases/" + other, clerk).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("/api/cases?size=500", clerk).getBody()).contains(own).doesNotContain(other);
    assertThat(get("/api/cases/" + other, token("oweber")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void citizenAReadsTheirOwnApplicationButNotCitizenBs() {
    String ofErika = open("Bewohnerparkausweis", "ordnungsamt", "emuster");

    assertThat(get("/api/cases/" + ofErika, token("emuster")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<String> max = get("/api/cases/" + ofErika, token("mmuster"));
    assertThat(max.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(max.getBody()).doesNotContain("Bewohnerparkausweis");
  }

  @Test
  void engineRestRunsAsTheTokensUserWithEngineAuthorisation() {
    String body = "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}";
    assertThat(post("/engine-rest/user/create", token("bschmidt"), body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("/engine-rest/task", token("bschmidt")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("/engine-rest/process-definition/count", token("pklein")).getBody())
        .contains("count");
  }

  @Test
  void monitoringIsForProcessManagersOnly() {
    assertThat(get("/actuator/prometheus", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("/actuator/prometheus", token("bschmidt")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("/actuator/prometheus", token("pklein")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("/actuator/health", null).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void serviceAccountsOfMachinesSeeNoCases() {
    String own = open("Interner Vorgang", "umwelt", null);
    String gateway = keycloak.clientToken("lorawan-network-server", "demo-lorawan-secret");

    assertThat(get("/api/cases/" + own, gateway).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("/api/cases?size=500", gateway).getBody()).doesNotContain(own);
  }

  @Test
  void cockpitAndAdminAreForProcessManagersAndAdminsOnlyWithKeycloakGroups() {
    assertThat(identity.isReadOnly()).isTrue();
    assertThat(identity.createUserQuery().userId("bschmidt").singleResult().getLastName())
        .isEqualTo("Schmidt");

    assertThat(appAccess("bschmidt", "tasklist")).isTrue();
    assertThat(appAccess("bschmidt", "cockpit")).isFalse();
    assertThat(appAccess("bschmidt", "admin")).isFalse();
    assertThat(appAccess("pklein", "cockpit")).isTrue();
    assertThat(appAccess("pklein", "admin")).isFalse();
    assertThat(appAccess("demo", "admin")).isTrue();
    assertThat(appAccess("emuster", "tasklist")).isFalse();
  }

  @Test
  void eInvoicesAreUploadedWithASupplierTokenOnly() throws Exception {
    byte[] invoice =
        java.nio.file.Files.readAllBytes(
            de.iserlohn.digital.testsupport.SharedTestData.path(
                "einvoice/xrechnung-testsuite/business-cases/standard/01.01a-INVOICE_ubl.xml"));
    String supplier = keycloak.clientToken("supplier-demo", "demo-supplier-secret");

    assertThat(upload(invoice, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(upload(invoice, token("bschmidt")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            upload(invoice, keycloak.clientToken("lorawan-network-server", "demo-lorawan-secret"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload(invoice, supplier).getStatusCode().is2xxSuccessful()).isTrue();
  }

  @Test
  void sensorWebhooksTakeTheGatewaysRealmToken() {
    String uplink =
        """
        {"end_device_ids": {"device_id": "eui-unknown", "dev_eui": "0004A30B00FFFFFF",
          "application_ids": {"application_id": "iserlohn-sensors"}},
         "received_at": "2026-11-21T10:00:00Z",
         "uplink_message": {"f_port": 1, "f_cnt": 1, "frm_payload": "AgEvAAME0gABC7E=",
           "received_at": "2026-11-21T10:00:00Z"}}
        """;
    String gateway = keycloak.clientToken("lorawan-network-server", "demo-lorawan-secret");

    assertThat(post("/api/lorawan/ttn", null, uplink).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post("/api/lorawan/ttn", token("bschmidt"), uplink).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            post(
                    "/api/lorawan/ttn",
                    keycloak.passwordToken(FOREIGN_REALM, TEST_CLIENT, "bschmidt"),
                    uplink)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // authenticated: answered on the content (the device is not registered)
    assertThat(post("/api/lorawan/ttn", gateway, uplink).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<String> upload(byte[] invoice, String token) {
    HttpHeaders headers = headers(token);
    headers.setContentType(MediaType.APPLICATION_XML);
    return http.exchange(
        "/api/invoices", HttpMethod.POST, new HttpEntity<>(invoice, headers), String.class);
  }

  private boolean appAccess(String user, String app) {
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    return authorizations.isUserAuthorized(
        user, groups, Permissions.ACCESS, Resources.APPLICATION, app);
  }

  private String token(String user) {
    return keycloak.passwordToken(REALM, TEST_CLIENT, user);
  }

  private String open(String title, String orgUnit, String owner) {
    return caseFile
        .open(
            OpenVorgang.of(title, "test", orgUnit, RetentionClass.STANDARD).withOwner(owner),
            CurrentUser.SYSTEM)
        .caseNumber();
  }

  private ResponseEntity<String> get(String path, String token) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
  }

  private ResponseEntity<String> post(String path, String token, String json) {
    HttpHeaders headers = headers(token);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }

  private static HttpHeaders headers(String token) {
    HttpHeaders headers = new HttpHeaders();
    if (token != null) {
      headers.setBearerAuth(token);
    }
    return headers;
  }
}
