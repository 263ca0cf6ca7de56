package de.iserlohn.digital.smartcity;

/** What a device is mounted on. */
public enum AssetType {
  WASTE_BIN,
  ROAD_SEGMENT,
  TREE
}
