package de.iserlohn.digital.ozg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.ozg.OzgTestCases;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the real start form {@code forms/ozg/bulky-waste-pickup.form}, without Spring. */
class FormValidatorTests {

  static ServiceDefinition service;

  @BeforeAll
  static void read() throws IOException {
    ObjectMapper json = new ObjectMapper();
    service =
        StartForms.read(
            json.readTree(new File("src/main/resources/ozg/services/bulky-waste-pickup.json")),
            json.readTree(new File("forms/ozg/bulky-waste-pickup.form")));
  }

  @Test
  void theFormIsTheSourceOfTheFields() {
    assertThat(service.fields())
        .extracting(FormField::key)
        .containsExactly(
            "firstName",
            "lastName",
            "email",
            "street",
            "postalCode",
            "district",
            "volume",
            "items",
            "electricalAppliances",
            "photos",
            "confirmation");
    FormField photos = service.field("photos").orElseThrow();
    assertThat(photos.upload().maxFiles()).isEqualTo(3);
    assertThat(service.field("district").orElseThrow().options()).hasSize(6);
  }

  @Test
  void validValuesComeBackTyped() {
    Map<String, Object> raw = OzgTestCases.bulkyWaste("letmathe", 4);
    raw.put("volume", "4");
    raw.put("confirmation", "on");

    Submission submission = FormValidator.check(service, raw, List.of());

    assertThat(submission.values())
        .containsEntry("volume", 4L)
        .containsEntry("confirmation", true)
        .containsEntry("electricalAppliances", false)
        .containsEntry("district", "letmathe");
  }

  @Test
  void textRulesGiveOneGermanMessagePerField() {
    Map<String, Object> raw = OzgTestCases.bulkyWaste("letmathe", 2);
    raw.put("street", "ab");
    raw.put("firstName", "x".repeat(101));
    raw.put("volume", "2,5");

    assertThat(errors(raw, List.of()))
        .containsExactlyInAnyOrder(
            new FieldError("firstName", "„Vorname“ darf höchstens 100 Zeichen lang sein."),
            new FieldError(
                "street", "„Straße und Hausnummer“ muss mindestens 3 Zeichen lang sein."),
            new FieldError("volume", "„Menge in Kubikmetern“ muss eine ganze Zahl sein."));
  }

  @Test
  void numbersOutsideTheirRangeAndNonNumbersAreRejected() {
    Map<String, Object> raw = OzgTestCases.bulkyWaste("letmathe", 21);
    assertThat(errors(raw, List.of()))
        .containsExactly(
            new FieldError("volume", "„Menge in Kubikmetern“ darf höchstens 20 sein."));
    raw.put("volume", "viel");
    assertThat(errors(raw, List.of()))
        .containsExactly(new FieldError("volume", "„Menge in Kubikmetern“ muss eine Zahl sein."));
  }

  @Test
  void filesForAFieldWithoutUploadsAreRejected() {
    assertThat(
            errors(
                OzgTestCases.bulkyWaste("letmathe", 2),
                List.of(new Upload("items", "x.png", OzgTestCases.PNG))))
        .containsExactly(new FieldError("items", "Für dieses Feld sind keine Dateien vorgesehen."));
  }

  @Test
  void aTooLargeFileIsA413NotA400() {
    byte[] big = java.util.Arrays.copyOf(OzgTestCases.PNG, 5 * 1024 * 1024 + 1);
    assertThatThrownBy(
            () ->
                FormValidator.check(
                    service,
                    OzgTestCases.bulkyWaste("letmathe", 2),
                    List.of(new Upload("photos", "gross.png", big))))
        .isInstanceOf(UploadTooLargeException.class);
  }

  private static List<FieldError> errors(Map<String, Object> raw, List<Upload> uploads) {
    try {
      FormValidator.check(service, raw, uploads);
      throw new AssertionError("expected invalid input");
    } catch (InvalidInputException e) {
      return e.errors();
    }
  }
}
