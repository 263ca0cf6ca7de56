package de.iserlohn.digital.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.testsupport.HostileFiles;
import de.iserlohn.digital.testsupport.SharedTestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Finding 3 of issue 17: what a PDF inflates to is measured before any library reads it. */
class UnpackLimitsTests {

  @Test
  void aZugferdPdfWhoseInvoiceInflatesToOneGibIsRefusedQuickly() {
    byte[] bomb = HostileFiles.zugferdBomb();
    assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

    long started = System.nanoTime();
    assertThatThrownBy(() -> UnpackLimits.checkPdf(bomb))
        .isInstanceOf(UnpackLimits.LimitExceededException.class)
        .hasMessageContaining("entpackt");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aPageStreamBombIsRefusedAndSoAreManyStreamsThatAddUp() {
    assertThatThrownBy(() -> UnpackLimits.checkPdf(HostileFiles.pdfBomb()))
        .isInstanceOf(UnpackLimits.LimitExceededException.class);
    byte[] bomb = HostileFiles.pdfBomb();
    assertThatThrownBy(() -> UnpackLimits.checkPdf(bomb, 2L << 30, 16L << 20))
        .isInstanceOf(UnpackLimits.LimitExceededException.class)
        .hasMessageContaining("16 MB");
  }

  @Test
  void realZugferdInvoicesPass() throws IOException {
    try (Stream<Path> files = Files.list(SharedTestData.path("einvoice/zugferd-pdf"))) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
        byte[] content = Files.readAllBytes(pdf);
        assertThatCode(() -> UnpackLimits.checkPdf(content))
            .as(pdf.toString())
            .doesNotThrowAnyException();
      }
    }
  }
}
