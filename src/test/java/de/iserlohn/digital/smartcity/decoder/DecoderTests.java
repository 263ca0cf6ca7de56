package de.iserlohn.digital.smartcity.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The test vectors of the manufacturers' published payload formats. */
class DecoderTests {

  private static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.toLowerCase());
  }

  @Test
  void dlMbxDistanceAndBattery() {
    DecodedUplink up = new DlMbxDecoder().decode(hex("02012f000304d200010bb1"));

    assertThat(up.sensorId()).isEqualTo(303);
    assertThat(up.value(Quantity.DISTANCE)).contains(1234.0);
    assertThat(up.value(Quantity.VALID_SAMPLES)).contains(1.0);
    assertThat(up.value(Quantity.BATTERY_VOLTAGE)).contains(2.993);
  }

  @Test
  void dlMbxBatteryOnly() {
    DecodedUplink up = new DlMbxDecoder().decode(hex("02012f00020bb1"));

    assertThat(up.sensorId()).isEqualTo(303);
    assertThat(up.readings()).containsExactly(new Reading(Quantity.BATTERY_VOLTAGE, 2.993));
  }

  @Test
  void em310UdlBatteryDistanceTilt() {
    DecodedUplink up = new Em310UdlDecoder().decode(hex("01755C03824408040001"));

    assertThat(up.value(Quantity.BATTERY_LEVEL)).contains(92.0);
    assertThat(up.value(Quantity.DISTANCE)).contains(2116.0);
    assertThat(up.value(Quantity.TILT)).contains(1.0);
  }

  @Test
  void dlTrs21WaterPotentialSoilTemperatureBattery() {
    DecodedUplink up = new DlTrs21Decoder().decode(hex("0201920003007580a10c25"));

    assertThat(up.sensorId()).isEqualTo(402);
    assertThat(DlTrs21Decoder.waterPotential(up)).isEqualTo(-11.7);
    assertThat(up.value(Quantity.WATER_TENSION)).contains(11.7);
    assertThat(up.value(Quantity.SOIL_TEMPERATURE)).contains(16.1);
    assertThat(up.value(Quantity.BATTERY_VOLTAGE)).contains(3.109);
  }

  @Test
  void dlWrmRoadWeather() {
    DecodedUplink up = new DlWrmDecoder().decode(hex("021a10000764a079b104f904c40c60"));

    assertThat(up.sensorId()).isEqualTo(6672);
    assertThat(up.value(Quantity.AIR_TEMPERATURE)).contains(23.79);
    assertThat(up.value(Quantity.HUMIDITY)).contains(47.54);
    assertThat(up.value(Quantity.SURFACE_TEMPERATURE)).contains(27.3);
    assertThat(up.value(Quantity.HEAD_TEMPERATURE)).contains(22.0);
    assertThat(up.value(Quantity.BATTERY_VOLTAGE)).contains(3.168);
    assertThat(up.value(Quantity.DEW_POINT).orElseThrow()).isCloseTo(11.97, within(0.01));
  }

  @Test
  void shortOrForeignPayloadsAreUndecodable() {
    assertThatThrownBy(() -> new DlMbxDecoder().decode(hex("02012f")))
        .isInstanceOf(UndecodablePayloadException.class);
    assertThatThrownBy(() -> new DlMbxDecoder().decode(hex("02012f000304d2")))
        .isInstanceOf(UndecodablePayloadException.class);
    assertThatThrownBy(() -> new DlMbxDecoder().decode(hex("01012f00020bb1")))
        .isInstanceOf(UndecodablePayloadException.class);
    assertThatThrownBy(() -> new Em310UdlDecoder().decode(hex("0175")))
        .isInstanceOf(UndecodablePayloadException.class);
    assertThatThrownBy(() -> new Em310UdlDecoder().decode(hex("ff0101")))
        .isInstanceOf(UndecodablePayloadException.class);
  }

  @Test
  void fillLevelFromDistanceAndBinDepth() {
    assertThat(FillLevel.percent(1234, 1500)).isEqualTo(17.7);
    assertThat(FillLevel.percent(300, 1500)).isEqualTo(80.0);
    assertThat(FillLevel.percent(1600, 1500)).isEqualTo(0.0);
    assertThat(FillLevel.percent(0, 1500)).isEqualTo(100.0);
  }

  @Test
  void dewPointByMagnus() {
    assertThat(DewPoint.magnus(20, 50)).isCloseTo(9.26, within(0.01));
    assertThat(DewPoint.magnus(0, 100)).isCloseTo(0.0, within(0.001));
    assertThat(DewPoint.magnus(-5, 80)).isCloseTo(-7.9, within(0.1));
  }
}
