package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.smartcity.AssetType;
import de.iserlohn.digital.smartcity.decoder.DeviceType;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the registry CSV. Every error is reported with its line and column ({@code zeile 3: lat});
 * one error rejects the whole file.
 */
final class RegistryCsv {

  static final String HEADER =
      "devEui,deviceType,assetType,assetId,name,lat,lon,district,binDepthMm,priorityClass,plantingYear";
  private static final Pattern DEV_EUI = Pattern.compile("[0-9A-F]{16}");
  private static final Pattern ASSET_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final int MAX_ROWS = 10_000;

  private RegistryCsv() {}

  static List<ImportRow> parse(String csv) {
    if (csv == null || csv.isBlank()) {
      throw InvalidInputException.of("file", "Die Datei ist leer.");
    }
    String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
    if (!lines[0].trim().equals(HEADER)) {
      throw InvalidInputException.of("header", "Die Kopfzeile muss lauten: " + HEADER);
    }
    List<FieldError> errors = new ArrayList<>();
    List<ImportRow> rows = new ArrayList<>();
    Set<String> devEuis = new HashSet<>();
    if (lines.length - 1 > MAX_ROWS) {
      throw InvalidInputException.of("file", "Höchstens " + MAX_ROWS + " Zeilen je Datei.");
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      Line line = new Line(i + 1, split(lines[i]), errors);
      if (line.cells.size() != 11) {
        errors.add(new FieldError(line.key("zeile"), "Die Zeile muss 11 Spalten haben."));
        continue;
      }
      ImportRow row = line.toRow();
      if (row != null) {
        if (!devEuis.add(row.devEui())) {
          errors.add(new FieldError(line.key("devEui"), "DevEUI kommt mehrfach vor."));
        }
        rows.add(row);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (rows.isEmpty()) {
      throw InvalidInputException.of("file", "Die Datei enthält keine Geräte.");
    }
    return rows;
  }

  /** Splits a line at commas; a cell may be quoted with double quotes ("" inside is a quote). */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  private static final class Line {
    final int number;
    final List<String> cells;
    final List<FieldError> errors;
    boolean valid = true;

    Line(int number, List<String> cells, List<FieldError> errors) {
      this.number = number;
      this.cells = cells;
      this.errors = errors;
    }

    String key(String column) {
      return "zeile " + number + ": " + column;
    }

    void error(String column, String message) {
      errors.add(new FieldError(key(column), message));
      valid = false;
    }

    ImportRow toRow() {
      String devEui = cells.get(0).toUpperCase();
      if (!DEV_EUI.matcher(devEui).matches()) {
        error("devEui", "DevEUI muss aus 16 Hexadezimalzeichen bestehen.");
      }
      DeviceType deviceType = DeviceType.ofCode(cells.get(1)).orElse(null);
      if (deviceType == null) {
        error("deviceType", "Unbekannter Gerätetyp (DL-MBX, EM310-UDL, DL-TRS21, DL-WRM).");
      }
      AssetType assetType = null;
      try {
        assetType = AssetType.valueOf(cells.get(2));
      } catch (IllegalArgumentException e) {
        error("assetType", "Unbekannte Anlagenart (WASTE_BIN, ROAD_SEGMENT, TREE).");
      }
      String assetId = cells.get(3);
      if (!ASSET_ID.matcher(assetId).matches()) {
        error("assetId", "Kennung fehlt oder enthält unzulässige Zeichen.");
      }
      String name = cells.get(4);
      if (name.isEmpty() || name.length() > 200) {
        error("name", "Name fehlt oder ist länger als 200 Zeichen.");
      }
      Double lat = decimal("lat", cells.get(5), -90, 90);
      Double lon = decimal("lon", cells.get(6), -180, 180);
      String district = cells.get(7);
      if (district.isEmpty() || district.length() > 100) {
        error("district", "Ortsteil fehlt.");
      }
      Integer depth = integer("binDepthMm", cells.get(8), 100, 5000);
      Integer priority = integer("priorityClass", cells.get(9), 1, 3);
      Integer planted = integer("plantingYear", cells.get(10), 1900, Year.now().getValue() + 1);
      if (assetType != null) {
        requireOnlyFor(assetType, AssetType.WASTE_BIN, "binDepthMm", depth, "Behältertiefe");
        requireOnlyFor(assetType, AssetType.ROAD_SEGMENT, "priorityClass", priority, "Räumklasse");
        requireOnlyFor(assetType, AssetType.TREE, "plantingYear", planted, "Pflanzjahr");
      }
      if (deviceType != null && assetType != null && !fits(deviceType, assetType)) {
        error("deviceType", "Gerätetyp passt nicht zur Anlagenart.");
      }
      if (!valid) {
        return null;
      }
      return new ImportRow(
          devEui,
          deviceType,
          assetType,
          assetId,
          name,
          lat,
          lon,
          district,
          depth,
          priority,
          planted);
    }

    private void requireOnlyFor(
        AssetType actual, AssetType owner, String column, Integer value, String label) {
      if (actual == owner && value == null && !hasError(column)) {
        error(column, label + " ist für " + owner + " anzugeben.");
      } else if (actual != owner && value != null) {
        error(column, label + " ist nur für " + owner + " anzugeben; Zelle leer lassen.");
      }
    }

    private boolean hasError(String column) {
      return errors.stream().anyMatch(e -> e.field().equals(key(column)));
    }

    private Double decimal(String column, String cell, double min, double max) {
      try {
        double v = Double.parseDouble(cell);
        if (v < min || v > max) {
          error(column, "Wert muss zwischen " + min + " und " + max + " liegen.");
          return null;
        }
        return v;
      } catch (NumberFormatException e) {
        error(column, "Keine Zahl (Dezimalpunkt verwenden).");
        return null;
      }
    }

    private Integer integer(String column, String cell, int min, int max) {
      if (cell.isEmpty()) {
        return null;
      }
      try {
        int v = Integer.parseInt(cell);
        if (v < min || v > max) {
          error(column, "Wert muss zwischen " + min + " und " + max + " liegen.");
          return null;
        }
        return v;
      } catch (NumberFormatException e) {
        error(column, "Keine ganze Zahl.");
        return null;
      }
    }
  }

  static boolean fits(DeviceType device, AssetType asset) {
    return switch (device) {
      case DL_MBX, EM310_UDL -> asset == AssetType.WASTE_BIN;
      case DL_TRS21 -> asset == AssetType.TREE;
      case DL_WRM -> asset == AssetType.ROAD_SEGMENT;
    };
  }
}
