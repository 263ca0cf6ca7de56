package de.iserlohn.digital.ozg.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessCodesTests {

  @Test
  void aCodeMatchesOnlyItsCaseAndIsReadLeniently() {
    AccessCodes codes = new AccessCodes("");
    String code = codes.random();
    String hash = AccessCodes.hash("VG-2026-000001", code);

    assertThat(code).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
    assertThat(hash).doesNotContain(code.replace("-", ""));
    assertThat(AccessCodes.matches("VG-2026-000001", code, hash)).isTrue();
    assertThat(AccessCodes.matches("VG-2026-000001", code.toLowerCase().replace("-", " "), hash))
        .isTrue();
    assertThat(AccessCodes.matches("VG-2026-000002", code, hash)).isFalse();
    assertThat(AccessCodes.matches("VG-2026-000001", null, hash)).isFalse();
    assertThat(codes.random()).isNotEqualTo(code);
  }

  @Test
  void derivedCodesRepeatForTheSameCaseAndKeyOnly() {
    AccessCodes codes = new AccessCodes("geheim");

    assertThat(codes.derived("VG-1", "k1"))
        .isEqualTo(new AccessCodes("geheim").derived("VG-1", "k1"));
    assertThat(codes.derived("VG-1", "k1")).isNotEqualTo(codes.derived("VG-1", "k2"));
    assertThat(codes.derived("VG-1", "k1"))
        .isNotEqualTo(new AccessCodes("anders").derived("VG-1", "k1"));
  }
}
