package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WinterLogChainTests {

  private static List<WinterLogChain.Entry> chain(int n) {
    List<WinterLogChain.Entry> entries = new ArrayList<>();
    String previous = WinterLogChain.GENESIS;
    LocalDate day = LocalDate.of(2026, 1, 12);
    for (int seq = 1; seq <= n; seq++) {
      Instant time = Instant.parse("2026-01-12T04:00:00Z").plusSeconds(seq * 10L);
      double lat = 51.37 + seq * 0.001;
      String hash =
          WinterLogChain.hash(previous, "WD-07", day, seq, time, lat, 7.69, seq > 1, true);
      entries.add(
          new WinterLogChain.Entry(
              "WD-07", day, seq, time, lat, 7.69, seq > 1, true, previous, hash));
      previous = hash;
    }
    return entries;
  }

  @Test
  void anUntouchedChainVerifies() {
    var result = WinterLogChain.verify(chain(5));

    assertThat(result.intact()).isTrue();
    assertThat(result.entries()).isEqualTo(5);
    assertThat(result.lastHash()).isEqualTo(chain(5).get(4).hash());
  }

  @Test
  void aModifiedEntryIsDetected() {
    List<WinterLogChain.Entry> entries = chain(5);
    WinterLogChain.Entry e = entries.get(2);
    // the spreader was "on" in the record; somebody claims it was off
    entries.set(
        2,
        new WinterLogChain.Entry(
            e.vehicleId(),
            e.day(),
            e.seq(),
            e.time(),
            e.lat(),
            e.lon(),
            e.ploughDown(),
            false,
            e.previousHash(),
            e.hash()));

    var result = WinterLogChain.verify(entries);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(3);
  }

  @Test
  void aRemovedOrRehashedEntryIsDetected() {
    List<WinterLogChain.Entry> removed = chain(5);
    removed.remove(1);
    assertThat(WinterLogChain.verify(removed).firstBrokenSeq()).isEqualTo(3);

    List<WinterLogChain.Entry> rehashed = chain(5);
    WinterLogChain.Entry e = rehashed.get(1);
    String forged =
        WinterLogChain.hash(
            e.previousHash(),
            e.vehicleId(),
            e.day(),
            e.seq(),
            e.time(),
            50.0,
            e.lon(),
            e.ploughDown(),
            e.spreaderOn());
    rehashed.set(
        1,
        new WinterLogChain.Entry(
            e.vehicleId(),
            e.day(),
            e.seq(),
            e.time(),
            50.0,
            e.lon(),
            e.ploughDown(),
            e.spreaderOn(),
            e.previousHash(),
            forged));
    assertThat(WinterLogChain.verify(rehashed).firstBrokenSeq()).isEqualTo(3);
  }
}
