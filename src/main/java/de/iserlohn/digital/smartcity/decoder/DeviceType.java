package de.iserlohn.digital.smartcity.decoder;

import java.util.Arrays;
import java.util.Optional;

/** The supported device types, by the name used in the registry and the CSV import. */
public enum DeviceType {
  DL_MBX("DL-MBX", new DlMbxDecoder()),
  EM310_UDL("EM310-UDL", new Em310UdlDecoder()),
  DL_TRS21("DL-TRS21", new DlTrs21Decoder()),
  DL_WRM("DL-WRM", new DlWrmDecoder());

  private final String code;
  private final PayloadDecoder decoder;

  DeviceType(String code, PayloadDecoder decoder) {
    this.code = code;
    this.decoder = decoder;
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
