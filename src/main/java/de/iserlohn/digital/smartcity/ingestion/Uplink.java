package de.iserlohn.digital.smartcity.ingestion;

import java.time.Instant;

/**
 * One uplink as the network server delivered it, reduced to what the module needs.
 *
 * @param source {@code tts} or {@code chirpstack}
 * @param key the network server's identity of the uplink, used for exact de-duplication
 */
record Uplink(String source, String key, String devEui, int fPort, byte[] payload, Instant time) {}
