package de.iserlohn.digital.ozg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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

/**
 * Findings 9, 11 and 12 of issue 17 at the edge: JSON value types against the field definitions,
 * dates in a sensible range, and texts without their own limit still limited. Real start forms
 * ({@code forms/ozg/bulky-waste-pickup.form}, {@code forms/ozg/dog-tax.form}), without Spring.
 */
class FormValueTypesTests {

  static ServiceDefinition bulkyWaste;
  static ServiceDefinition dogTax;

  @BeforeAll
  static void read() throws IOException {
    bulkyWaste = read("bulky-waste-pickup");
    dogTax = read("dog-tax");
  }

  private static ServiceDefinition read(String id) throws IOException {
    ObjectMapper json = new ObjectMapper();
    return StartForms.read(
        json.readTree(new File("src/main/resources/ozg/services/" + id + ".json")),
        json.readTree(new File("forms/ozg/" + id + ".form")));
  }

  @Test
  void objectsListsAndNumbersAreNoText() {
    Map<String, Object> raw = OzgTestCases.bulkyWaste("letmathe", 4);
    raw.put("lastName", Map.of("$ne", ""));
    raw.put("street", List.of("Schillerplatz 7", "Hohler Weg"));
    raw.put("items", 12345);
    raw.put("volume", Map.of("value", 4));

    assertThat(fieldsIn(errors(bulkyWaste, raw)))
        .containsExactlyInAnyOrder("lastName", "street", "items", "volume");
  }

  @Test
  void numbersAndBooleansFitTheirFields() {
    Map<String, Object> raw = OzgTestCases.bulkyWaste("letmathe", 4);

    assertThat(FormValidator.check(bulkyWaste, raw, List.of()).values())
        .containsEntry("volume", 4L)
        .containsEntry("confirmation", true);
  }

  @Test
  void datesOutsideAnySensibleRangeAreRefused() {
    for (String date : List.of("0000-01-01", "+999999999-12-31", "1899-12-31", "01.01.2200")) {
      Map<String, Object> raw = dog(date);
      assertThat(errors(dogTax, raw))
          .as(date)
          .anySatisfy(
              e -> {
                assertThat(e.field()).isEqualTo("effectiveDate");
                assertThat(e.message()).contains("zwischen dem 01.01.1900 und dem 31.12.2199");
              });
    }
    assertThat(FormValidator.check(dogTax, dog("01.03.2026"), List.of()).values())
        .containsEntry("effectiveDate", "2026-03-01");
  }

  @Test
  void aTextWithoutItsOwnLimitIsLimitedAndHugeNumbersAreRefused() {
    Map<String, Object> raw = OzgTestCases.bulkyWaste("letmathe", 4);
    raw.put("items", "x".repeat(FormValidator.DEFAULT_MAX_TEXTAREA_LENGTH + 1));
    raw.put("volume", "1e999999999");

    assertThat(fieldsIn(errors(bulkyWaste, raw))).containsExactlyInAnyOrder("items", "volume");
  }

  private static Map<String, Object> dog(String date) {
    Map<String, Object> raw = new java.util.HashMap<>();
    raw.put("registrationType", "anmeldung");
    raw.put("firstName", "Erika");
    raw.put("lastName", "Mustermann");
    raw.put("email", "erika.hund@example.org");
    raw.put("street", "Hohler Weg 3");
    raw.put("postalCode", "58636");
    raw.put("dogName", "Bello");
    raw.put("breed", "mischling");
    raw.put("effectiveDate", date);
    raw.put("dogsInHousehold", 0);
    return raw;
  }

  private static List<FieldError> errors(ServiceDefinition service, Map<String, Object> raw) {
    Throwable e = catchThrowable(() -> FormValidator.check(service, raw, List.of()));
    assertThat(e).as("refused").isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) e).errors();
  }

  private static List<String> fieldsIn(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }
}
