package de.iserlohn.digital.hr.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.testsupport.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The self-service pages as a browser without JavaScript uses them. */
@IntegrationTest
class SelfServicePagesTests {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  HttpResponse<String> get(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(HttpClient browser, String path, Map<String, String> fields)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("CSRF field in page").isTrue();
    return m.group(1);
  }

  HttpClient loggedIn(String user) throws Exception {
    HttpClient browser = browser();
    String loginPage = get(browser, "/mitarbeiter/anmelden").body();
    HttpResponse<String> overview =
        post(
            browser,
            "/mitarbeiter/anmelden",
            Map.of("username", user, "password", user, "_csrf", csrf(loginPage)));
    assertThat(overview.body()).contains("Meine Anträge").contains("Meine Personalakte");
    return browser;
  }

  @Test
  void withoutLoginThePagesAskForItInGerman() throws Exception {
    HttpResponse<String> page = get(browser(), "/mitarbeiter/");

    assertThat(page.uri().getPath()).isEqualTo("/mitarbeiter/anmelden");
    assertThat(page.body())
        .contains("<html lang=\"de\"")
        .contains("<label for=\"username\">Benutzername</label>");
  }

  @Test
  void aWrongPasswordIsToldPlainly() throws Exception {
    HttpClient browser = browser();
    String loginPage = get(browser, "/mitarbeiter/anmelden").body();
    HttpResponse<String> answer =
        post(
            browser,
            "/mitarbeiter/anmelden",
            // an unknown user: a wrong password would lock a real demo user for a few seconds
            Map.of("username", "niemand", "password", "falsch", "_csrf", csrf(loginPage)));

    assertThat(answer.body()).contains("Benutzername oder Passwort ist falsch.");
  }

  @Test
  void anEmployeeFilesATravelRequestAndSeesItsStatus() throws Exception {
    HttpClient browser = loggedIn("fzimmer");
    String form = get(browser, "/mitarbeiter/dienstreise").body();
    String destination = "Hagen Betriebshof " + System.nanoTime();
    LocalDate start = LocalDate.now().plusDays(20);

    HttpResponse<String> overview =
        post(browser, "/mitarbeiter/dienstreise", travel(csrf(form), destination, start, start));

    assertThat(overview.uri().getPath()).isEqualTo("/mitarbeiter/");
    assertThat(overview.body())
        .contains("Dienstreiseantrag eingereicht")
        .contains("Dienstreise nach " + destination)
        .contains("Beantragt");
  }

  @Test
  void datesInTheWrongOrderAreMarkedAtTheFieldAndNothingIsStored() throws Exception {
    HttpClient browser = loggedIn("jmeyer");
    String form = get(browser, "/mitarbeiter/dienstreise").body();
    long before = jdbc.queryForObject("select count(*) from hr_request", Long.class);
    LocalDate start = LocalDate.now().plusDays(20);

    HttpResponse<String> page =
        post(
            browser,
            "/mitarbeiter/dienstreise",
            travel(csrf(form), "Unna", start, start.minusDays(3)));

    assertThat(page.uri().getPath()).isEqualTo("/mitarbeiter/dienstreise");
    assertThat(page.body())
        .contains("Es wurde nichts gespeichert.")
        .contains("id=\"endDate-fehler\"")
        .contains("Das Ende der Dienstreise liegt vor ihrem Beginn.")
        .contains("aria-describedby=\"endDate-fehler\"")
        .contains("value=\"Unna\"");
    assertThat(jdbc.queryForObject("select count(*) from hr_request", Long.class))
        .isEqualTo(before);
  }

  @Test
  void theEmployeeSeesTheirPersonnelFileSectionsButNotSomebodyElses() throws Exception {
    HttpClient browser = loggedIn("jmeyer");
    String overview = get(browser, "/mitarbeiter/").body();

    assertThat(overview).contains("personal/personalakte/jmeyer").contains("Bescheinigungen");
    assertThat(overview).doesNotContain("personal/personalakte/fzimmer");
  }

  static Map<String, String> travel(
      String csrf, String destination, LocalDate start, LocalDate end) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf);
    fields.put("destination", destination);
    fields.put("abroad", "nein");
    fields.put("startDate", start.toString());
    fields.put("endDate", end.toString());
    fields.put("purpose", "Abstimmung Streudienst");
    fields.put("transport", "DIENSTWAGEN");
    fields.put("estimatedCost", "0,00");
    return fields;
  }
}
