package de.iserlohn.digital.mailroom.intake;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.mailroom.ScanDocuments;
import org.junit.jupiter.api.Test;

/** The intake's content check on generated good and bad files. */
class ScanCheckTests {

  final ScanCheck check = new ScanCheck(5L * 1024 * 1024, 80_000_000L, 50);

  @Test
  void acceptsPdfTiffPngAndJpegByContentAndCountsTheirPages() {
    assertThat(check.check(ScanDocuments.pdf("Seite eins", "Seite zwei")))
        .isEqualTo(new ScanCheck.Result("application/pdf", 2, null));
    assertThat(check.check(ScanDocuments.tiff("eins", "zwei", "drei")))
        .isEqualTo(new ScanCheck.Result("image/tiff", 3, null));
    assertThat(check.check(ScanDocuments.png("Hallo")))
        .extracting("mediaType", "pages")
        .containsExactly("image/png", 1);
    assertThat(check.check(ScanDocuments.jpeg("Hallo")))
        .extracting("mediaType", "pages")
        .containsExactly("image/jpeg", 1);
  }

  @Test
  void rejectsAnExecutableWhateverItsName() {
    ScanCheck.Result result = check.check(ScanDocuments.executable());
    assertThat(result.accepted()).isFalse();
    assertThat(result.mediaType()).isNotEqualTo("application/pdf");
    assertThat(result.reason()).contains("nur PDF, TIFF, PNG und JPEG");
  }

  @Test
  void rejectsEncryptedAndCorruptPdfs() {
    assertThat(check.check(ScanDocuments.encryptedPdf("Geheim")).reason())
        .contains("verschlüsselt");
    assertThat(check.check(ScanDocuments.corruptPdf()).reason()).contains("beschädigt");
  }

  @Test
  void rejectsEmptyAndOversizedFiles() {
    assertThat(check.check(new byte[0]).reason()).isEqualTo("Die Datei ist leer (0 Byte).");
    assertThat(new ScanCheck(100, 80_000_000L, 50).check(ScanDocuments.pdf("x")).reason())
        .startsWith("Die Datei ist größer als die Höchstgröße");
  }

  @Test
  void rejectsADecompressionBombByItsDeclaredSizeWithoutDecodingIt() {
    byte[] bomb = ScanDocuments.pngBomb();
    assertThat(bomb.length).isLessThan(1024 * 1024);
    ScanCheck.Result result = check.check(bomb);
    assertThat(result.accepted()).isFalse();
    assertThat(result.reason()).contains("400 Megapixeln").contains("Dekompressionsbombe");
  }
}
