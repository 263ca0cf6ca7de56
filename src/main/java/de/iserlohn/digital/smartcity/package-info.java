/**
 * Smart-City operations: LoRaWAN devices mounted on assets (waste bins, road segments, young
 * trees), uplink ingestion from The Things Stack and ChirpStack, payload decoders, measurements and
 * threshold logic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Smart City")
package de.iserlohn.digital.smartcity;
