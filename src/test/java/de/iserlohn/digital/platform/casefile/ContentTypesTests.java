package de.iserlohn.digital.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentTypesTests {

  @Test
  void pdfIsRecognisedByItsContent() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(ContentTypes.detect(pdf)).isEqualTo("application/pdf");
  }

  @Test
  void pngAndJpegAreRecognisedByTheirMagicBytes() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    byte[] jpeg = {
      (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0
    };
    assertThat(ContentTypes.detect(png)).isEqualTo("image/png");
    assertThat(ContentTypes.detect(jpeg)).isEqualTo("image/jpeg");
  }

  @Test
  void anExecutableIsNotAPdfWhateverItsNameSays() {
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThat(ContentTypes.detect(elf)).isNotEqualTo("application/pdf");
  }

  @Test
  void emptyContentIsUnknown() {
    assertThat(ContentTypes.detect(new byte[0])).isEqualTo(ContentTypes.UNKNOWN);
  }
}
