package de.iserlohn.digital.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The team's public test data ({@code shared/testdata}, next to the project; never copied into the
 * repository). Found, in this order: the system property {@code iserlohn.shared} or the variable
 * {@code ISERLOHN_SHARED} (the {@code shared} folder); {@code ../shared} beside the working copy;
 * for a clone made elsewhere from a local repository (a scratch clone in a temporary folder), the
 * {@code shared} folder beside that repository.
 */
public final class SharedTestData {

  private static final Path ROOT = locate();

  private SharedTestData() {}

  /** A path below {@code shared/testdata}. */
  public static Path path(String relative) {
    return ROOT.resolve("testdata").resolve(relative);
  }

  /**
   * The standard business cases of the XRechnung test suite in UBL syntax, in the order of their
   * file names; at most {@code limit}.
   */
  public static List<String> xrechnungUblInvoices(long limit) throws IOException {
    Path standard = path("einvoice/xrechnung-testsuite/business-cases/standard");
    try (Stream<Path> files = Files.walk(standard)) {
      List<String> xml = new ArrayList<>();
      for (Path p :
          files.filter(f -> f.toString().endsWith("_ubl.xml")).sorted().limit(limit).toList()) {
        xml.add(Files.readString(p));
      }
      return xml;
    }
  }

  private static Path locate() {
    String configured =
        Optional.ofNullable(System.getProperty("iserlohn.shared"))
            .orElse(System.getenv("ISERLOHN_SHARED"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path beside = Path.of("..", "shared");
    if (Files.isDirectory(beside.resolve("testdata"))) {
      return beside;
    }
    return originRepository()
        .map(origin -> origin.resolveSibling("shared"))
        .filter(shared -> Files.isDirectory(shared.resolve("testdata")))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "shared/testdata not found: expected ../shared beside the working copy, or"
                        + " set ISERLOHN_SHARED to the shared folder"));
  }

  /** The local repository this working copy was cloned from, if it was cloned from a folder. */
  private static Optional<Path> originRepository() {
    try {
      Process git =
          new ProcessBuilder("git", "config", "--get", "remote.origin.url")
              .redirectErrorStream(true)
              .start();
      String url = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || url.isEmpty()) {
        return Optional.empty();
      }
      String local = url.startsWith("file://") ? url.substring("file://".length()) : url;
      Path origin = Path.of(local);
      return Files.isDirectory(origin)
          ? Optional.of(origin.toAbsolutePath().normalize())
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
