package de.iserlohn.digital.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every integration-test application context its own empty database and data directory, and
 * one shared SMTP/IMAP server (GreenMail) per JVM.
 *
 * <p>The database is chosen by the system property {@code iserlohn.test.db}: {@code h2} (default)
 * or {@code postgres}, a real PostgreSQL started once per JVM from the Maven Central binaries. The
 * build runs the integration tests once with each.
 */
public final class TestInfrastructure
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final String DB_PROPERTY = "iserlohn.test.db";

  private static final AtomicInteger CONTEXTS = new AtomicInteger();
  private static EmbeddedPostgres postgres;
  private static GreenMail greenMail;

  /** Login, password and address of the invoice inbox on the shared GreenMail. */
  public static final String INVOICE_INBOX = "rechnung@iserlohn.example";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Map<String, String> properties = new HashMap<>(newDatabase("it" + CONTEXTS.incrementAndGet()));
    properties.putAll(mailProperties());
    properties.put("iserlohn.data-dir", newDataDir().toString());
    // the invoice inbox on the shared GreenMail; no schedule, the tests call the poll themselves
    properties.put(
        "iserlohn.invoice.imap.url", "imap://127.0.0.1:" + mail().getImap().getPort() + "/INBOX");
    properties.put("iserlohn.invoice.imap.username", INVOICE_INBOX);
    properties.put("iserlohn.invoice.imap.password", INVOICE_INBOX);
    properties.put("iserlohn.invoice.imap.poll-interval", "0s");
    // the state archive's drop folder is read by the tests (no schedule); the official xdomea
    // schema comes from shared/testdata
    properties.put("iserlohn.records.archive.poll-interval", "0s");
    properties.put(
        "iserlohn.records.archive.xdomea-schema",
        SharedTestData.path("xdomea/schemes/xdomea_3.0.0/xdomea.xsd").toAbsolutePath().toString());
    // tests drive jobs themselves; the restart test starts contexts with the executor on
    properties.put("camunda.bpm.job-execution.enabled", "false");
    // Spring Boot switches metric exporters off in tests; the Prometheus endpoint is tested
    properties.put("management.prometheus.metrics.export.enabled", "true");
    TestPropertyValues.of(properties).applyTo(context);
  }

  /** Mail server properties for an application context started by a test itself. */
  public static Map<String, String> mailProperties() {
    return Map.of(
        "spring.mail.host",
        "127.0.0.1",
        "spring.mail.port",
        String.valueOf(mail().getSmtp().getPort()));
  }

  /** Whether this JVM runs the integration tests on PostgreSQL. */
  public static boolean onPostgres() {
    return "postgres".equals(System.getProperty(DB_PROPERTY, "h2"));
  }

  /** Datasource properties of a new, empty database on the configured database system. */
  public static Map<String, String> newDatabase(String name) {
    if (onPostgres()) {
      return Map.of(
          "spring.datasource.url", postgres().createDatabase(name),
          "spring.datasource.username", "postgres",
          "spring.datasource.password", "");
    }
    return Map.of(
        "spring.datasource.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
        "spring.datasource.username", "sa",
        "spring.datasource.password", "");
  }

  /** The shared PostgreSQL server of this JVM, started on first use. */
  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      postgres = EmbeddedPostgres.start(false);
    }
    return postgres;
  }

  /** The shared mail server of this JVM (SMTP and IMAP on free loopback ports). */
  public static synchronized GreenMail mail() {
    if (greenMail == null) {
      greenMail =
          new GreenMail(
              new ServerSetup[] {
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
              });
      greenMail.start();
      greenMail.setUser(INVOICE_INBOX, INVOICE_INBOX, INVOICE_INBOX);
      Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
    }
    return greenMail;
  }

  public static Path newDataDir() {
    try {
      return Files.createTempDirectory("iserlohn-data-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
