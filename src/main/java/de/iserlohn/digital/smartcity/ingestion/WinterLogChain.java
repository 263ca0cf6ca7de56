package de.iserlohn.digital.smartcity.ingestion;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The hash chain of a vehicle's winter-service log for one day: every entry's hash covers its own
 * fields and the previous entry's hash; the first entry starts from 64 zeros. Changing, removing or
 * reordering any entry breaks every hash after it.
 */
public final class WinterLogChain {

  static final String GENESIS = "0".repeat(64);

  public record Entry(
      String vehicleId,
      LocalDate day,
      int seq,
      Instant time,
      double lat,
      double lon,
      boolean ploughDown,
      boolean spreaderOn,
      String previousHash,
      String hash) {}

  /** The result of a verification: ok, or the sequence number of the first broken entry. */
  record Verification(boolean intact, int entries, Integer firstBrokenSeq, String lastHash) {}

  private WinterLogChain() {}

  static String hash(
      String previousHash,
      String vehicleId,
      LocalDate day,
      int seq,
      Instant time,
      double lat,
      double lon,
      boolean ploughDown,
      boolean spreaderOn) {
    String canonical =
        String.join(
            "|",
            previousHash,
            vehicleId,
            day.toString(),
            Integer.toString(seq),
            time.toString(),
            String.format(Locale.ROOT, "%.6f", lat),
            String.format(Locale.ROOT, "%.6f", lon),
            Boolean.toString(ploughDown),
            Boolean.toString(spreaderOn));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Verification verify(List<Entry> entries) {
    String previous = GENESIS;
    int expectedSeq = 1;
    for (Entry e : entries) {
      String expected =
          hash(
              previous,
              e.vehicleId(),
              e.day(),
              e.seq(),
              e.time(),
              e.lat(),
              e.lon(),
              e.ploughDown(),
              e.spreaderOn());
      if (e.seq() != expectedSeq
          || !e.previousHash().equals(previous)
          || !e.hash().equals(expected)) {
        return new Verification(false, entries.size(), e.seq(), null);
      }
      previous = e.hash();
      expectedSeq++;
    }
    return new Verification(true, entries.size(), null, previous);
  }
}
