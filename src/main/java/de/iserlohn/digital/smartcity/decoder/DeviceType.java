package de.iserlohn.digital.smartcity.decoder;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The supported device types, by the name used in the registry and the CSV import. */
public enum DeviceType {
  DL_MBX("DL-MBX", new DlMbxDecoder(), Duration.ofMinutes(10)),
  EM310_UDL("EM310-UDL", new Em310UdlDecoder(), Duration.ofMinutes(20)),
  DL_TRS21("DL-TRS21", new DlTrs21Decoder(), Duration.ofMinutes(10)),
  DL_WRM("DL-WRM", new DlWrmDecoder(), Duration.ofMinutes(10));

  private final String code;
  private final PayloadDecoder decoder;
  private final Duration interval;

  DeviceType(String code, PayloadDecoder decoder, Duration interval) {
    this.code = code;
    this.decoder = decoder;
    this.interval = interval;
  }

  /** The manufacturer's default reporting interval. */
  public Duration interval() {
    return interval;
  }

  public String code() {
    return code;
  }

  public PayloadDecoder decoder() {
    return decoder;
  }

  public static Optional<DeviceType> ofCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
