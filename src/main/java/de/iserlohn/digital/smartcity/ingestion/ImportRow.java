package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.smartcity.AssetType;
import de.iserlohn.digital.smartcity.decoder.DeviceType;

/** One valid line of the registry CSV: a device and the asset it is mounted on. */
record ImportRow(
    String devEui,
    DeviceType deviceType,
    AssetType assetType,
    String assetId,
    String name,
    double lat,
    double lon,
    String district,
    Integer binDepthMm,
    Integer priorityClass,
    Integer plantingYear) {}
