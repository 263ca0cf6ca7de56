package de.iserlohn.digital.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class PaymentOrderFilesTests {

  static final PaymentOrderBatch BATCH =
      new PaymentOrderBatch(
          "b-1",
          Instant.parse("2026-11-21T10:00:00Z"),
          "kfischer",
          2,
          new BigDecimal("1336.90"),
          true,
          List.of(
              new PaymentOrderBatch.Order(
                  "RE-2026-000001",
                  "=Müller & \"Söhne\" <GmbH>",
                  "DE89370400440532013000",
                  new BigDecimal("1000"),
                  "EUR",
                  LocalDate.of(2026, 11, 17),
                  PaymentOrderBatch.Order.skontoAmount(new BigDecimal("1000"), new BigDecimal("2")),
                  "KST-4711",
                  "GM-1",
                  LocalDate.of(2026, 12, 3)),
              new PaymentOrderBatch.Order(
                  "RE-2026-000002",
                  "Verlag GmbH",
                  "DE79000000001234567890",
                  new BigDecimal("336.9"),
                  "EUR",
                  null,
                  null,
                  null,
                  "123456XX",
                  LocalDate.of(2026, 12, 21))));

  @Test
  void theCsvHasOneQuotedLinePerOrderWithSkonto() {
    List<String> lines = PaymentOrderFiles.csv(BATCH).lines().toList();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .isEqualTo(
            "\"RE-2026-000001\";\"'=Müller & \"\"Söhne\"\" <GmbH>\";\"DE89370400440532013000\";"
                + "1000.00;\"EUR\";2026-12-03;2026-11-17;20.00;980.00;\"KST-4711\";"
                + "\"Rechnung GM-1 / RE-2026-000001\";\"b-1\"");
    assertThat(lines.get(2)).contains(";336.90;\"EUR\";2026-12-21;;;;\"\";");
  }

  @Test
  void theXmlIsWellFormedAndCarriesEveryOrder() throws Exception {
    String xml = PaymentOrderFiles.xml(BATCH);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(PaymentOrderFiles.XML_NS);
    assertThat(root.getAttribute("summe")).isEqualTo("1336.90");
    var orders = root.getElementsByTagNameNS(PaymentOrderFiles.XML_NS, "Zahlungsanordnung");
    assertThat(orders.getLength()).isEqualTo(2);
    Element first = (Element) orders.item(0);
    assertThat(
            first
                .getElementsByTagNameNS(PaymentOrderFiles.XML_NS, "Glaeubiger")
                .item(0)
                .getTextContent())
        .isEqualTo("=Müller & \"Söhne\" <GmbH>");
    Element skonto =
        (Element) first.getElementsByTagNameNS(PaymentOrderFiles.XML_NS, "Skonto").item(0);
    assertThat(skonto.getAttribute("bis")).isEqualTo("2026-11-17");
    assertThat(skonto.getTextContent()).contains("20.00", "980.00");
    assertThat(
            ((Element) orders.item(1))
                .getElementsByTagNameNS(PaymentOrderFiles.XML_NS, "Skonto")
                .getLength())
        .isZero();
  }
}
