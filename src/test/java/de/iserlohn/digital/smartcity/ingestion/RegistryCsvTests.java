package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.smartcity.decoder.DeviceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryCsvTests {

  private static List<FieldError> errors(String csv) {
    try {
      RegistryCsv.parse(csv);
    } catch (InvalidInputException e) {
      return e.errors();
    }
    throw new AssertionError("no error");
  }

  @Test
  void readsAllThreeAssetTypesWithEmptyCellsWhereAColumnDoesNotApply() {
    List<ImportRow> rows =
        RegistryCsv.parse(
            RegistryCsv.HEADER
                + "\n70b3d57ba0000bb1,DL-MBX,WASTE_BIN,BIN-001,\"Glas, Hohler Weg\",51.3752,7.6949,Innenstadt,1500,,\n"
                + "70B3D57BA0001A10,DL-WRM,ROAD_SEGMENT,ROAD-7,Hagener Str.,51.37,7.68,Letmathe,,1,\n"
                + "70B3D57BA0000192,DL-TRS21,TREE,TREE-12,Linde am Markt,51.376,7.70,Innenstadt,,,2024\n");

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).devEui()).isEqualTo("70B3D57BA0000BB1");
    assertThat(rows.get(0).name()).isEqualTo("Glas, Hohler Weg");
    assertThat(rows.get(0).binDepthMm()).isEqualTo(1500);
    assertThat(rows.get(1).deviceType()).isEqualTo(DeviceType.DL_WRM);
    assertThat(rows.get(1).priorityClass()).isEqualTo(1);
    assertThat(rows.get(2).plantingYear()).isEqualTo(2024);
  }

  @Test
  void reportsEveryBadCellWithItsLine() {
    List<FieldError> errors =
        errors(
            RegistryCsv.HEADER
                + "\nXYZ,DL-XXX,WASTE_BIN,BIN-1,Tonne,95,7.6,Innenstadt,,,\n"
                + "70B3D57BA0001A10,DL-WRM,ROAD_SEGMENT,ROAD-7,Str.,51.37,7.68,Letmathe,1500,4,\n");

    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "zeile 2: devEui",
            "zeile 2: deviceType",
            "zeile 2: lat",
            "zeile 2: binDepthMm",
            "zeile 3: priorityClass",
            "zeile 3: binDepthMm");
  }

  @Test
  void rejectsAWrongHeaderAndDuplicateDevices() {
    assertThat(errors("devEui,deviceType\n1,2\n"))
        .extracting(FieldError::field)
        .containsExactly("header");
    assertThat(
            errors(
                RegistryCsv.HEADER
                    + "\n70B3D57BA0000BB1,DL-MBX,WASTE_BIN,BIN-1,A,51.3,7.6,Innenstadt,1500,,\n"
                    + "70B3D57BA0000BB1,DL-MBX,WASTE_BIN,BIN-2,B,51.3,7.6,Innenstadt,1500,,\n"))
        .extracting(FieldError::field)
        .containsExactly("zeile 3: devEui");
    assertThatThrownBy(() -> RegistryCsv.parse(RegistryCsv.HEADER + "\n"))
        .isInstanceOf(InvalidInputException.class);
  }
}
