package de.iserlohn.digital.smartcity.ingestion;

import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique devices and uplinks in both network-server formats, for tests on a shared database. */
public final class SmartcityFixtures {

  public static final String TOKEN = "demo-lorawan-token";

  private SmartcityFixtures() {}

  public static String newDevEui() {
    return String.format("%016X", ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
  }

  public static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String csv(String... rows) {
    return RegistryCsv.HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  /** Registers the devices and assets of CSV rows (the header added) as the import does. */
  public static int registerDevices(Registry registry, String... rows) {
    return registry.importRows(RegistryCsv.parse(csv(rows)));
  }

  /** A DL-TRS21 payload reporting the given water tension (kPa). */
  public static String trs21(double tensionKpa) {
    return String.format("0201920003%04x80a10c25", (int) Math.round(tensionKpa * 10));
  }

  public static String base64(String hex) {
    return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex.toLowerCase()));
  }

  public static String tts(
      String devEui, int fCnt, int fPort, String hexPayload, String receivedAt) {
    return """
        {
          "end_device_ids": {
            "device_id": "eui-%s",
            "application_ids": {"application_id": "iserlohn-sensors"},
            "dev_eui": "%s",
            "join_eui": "70B3D57ED0000000",
            "dev_addr": "260B1234"
          },
          "correlation_ids": ["as:up:01HZX"],
          "received_at": "%s",
          "uplink_message": {
            "session_key_id": "AYfh3k2sV0x1S7sHr2g1Ag==",
            "f_port": %d,
            "f_cnt": %d,
            "frm_payload": "%s",
            "rx_metadata": [{
              "gateway_ids": {"gateway_id": "gw-rathaus", "eui": "B827EBFFFE000001"},
              "time": "%s", "rssi": -97, "channel_rssi": -97, "snr": 7.25
            }],
            "settings": {
              "data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": 7}},
              "frequency": "868100000"
            },
            "received_at": "%s",
            "consumed_airtime": "0.061696s"
          }
        }
        """
        .formatted(
            devEui.toLowerCase(),
            devEui,
            receivedAt,
            fPort,
            fCnt,
            base64(hexPayload),
            receivedAt,
            receivedAt);
  }

  public static String chirpStack(
      String deduplicationId, String devEui, int fCnt, int fPort, String hexPayload, String time) {
    return """
        {
          "deduplicationId": "%s",
          "time": "%s",
          "deviceInfo": {
            "tenantId": "52f14cd4-c6f1-4fbd-8f87-4025e1d49242",
            "tenantName": "Stadtwerke Iserlohn",
            "applicationId": "17c82e96-be03-4f38-aef3-f83d48582d97",
            "applicationName": "sensors",
            "deviceProfileId": "14855bf7-d10d-4aee-b618-ebfcb64dc7ad",
            "deviceProfileName": "Decentlab",
            "deviceName": "sensor",
            "devEui": "%s",
            "tags": {}
          },
          "devAddr": "00189440",
          "adr": true,
          "dr": 5,
          "fCnt": %d,
          "fPort": %d,
          "confirmed": false,
          "data": "%s",
          "rxInfo": [{"gatewayId": "0016c001f153a14c", "uplinkId": 4217106255, "rssi": -36, "snr": 10.5}],
          "txInfo": {"frequency": 868100000, "modulation": {"lora": {"bandwidth": 125000, "spreadingFactor": 7, "codeRate": "CR_4_5"}}}
        }
        """
        .formatted(deduplicationId, time, devEui.toLowerCase(), fCnt, fPort, base64(hexPayload));
  }
}
