package de.iserlohn.digital.ozg.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which start-form fields a service's process gets as variables ({@code processVariables} of the
 * catalogue entry), with the real Sperrmüll entry and form, without Spring.
 */
class StartFormsTests {

  final ObjectMapper json = new ObjectMapper();
  ObjectNode entry;
  ObjectNode form;

  @BeforeEach
  void read() throws IOException {
    entry =
        (ObjectNode)
            json.readTree(new File("src/main/resources/ozg/services/bulky-waste-pickup.json"));
    form = (ObjectNode) json.readTree(new File("forms/ozg/bulky-waste-pickup.form"));
  }

  @Test
  void theProcessGetsOnlyTheFieldsItsModelsRead() {
    ServiceDefinition service = StartForms.read(entry, form);

    assertThat(service.processVariables())
        .containsExactlyInAnyOrder(
            "district", "volume", "electricalAppliances", "lastName", "street", "items")
        .doesNotContain("email", "firstName", "postalCode", "confirmation", "photos");
  }

  @Test
  void withoutTheListTheProcessGetsEveryInputField() {
    entry.remove("processVariables");

    ServiceDefinition service = StartForms.read(entry, form);

    assertThat(service.processVariables())
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
            "confirmation");
  }

  @Test
  void aVariableThatIsNoInputFieldStopsTheCatalogue() {
    entry.putArray("processVariables").add("district").add("distrct");

    assertThatThrownBy(() -> StartForms.read(entry, form))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distrct");

    entry.putArray("processVariables").add("photos");
    assertThatThrownBy(() -> StartForms.read(entry, form))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("photos");
  }
}
