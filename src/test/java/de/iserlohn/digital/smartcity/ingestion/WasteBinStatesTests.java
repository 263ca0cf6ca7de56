package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.smartcity.WasteBinState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waste-bin DMN table with its hysteresis, evaluated as deployed. */
class WasteBinStatesTests {

  private final WasteBinStates states = new WasteBinStates();

  private List<WasteBinState> changes(double dueLevel, double... levels) {
    List<WasteBinState> changes = new ArrayList<>();
    WasteBinState state = WasteBinState.OK;
    for (double level : levels) {
      WasteBinState next = states.next(state, level, dueLevel);
      if (next != state) {
        changes.add(next);
      }
      state = next;
    }
    return changes;
  }

  @Test
  void aBinIsDueAtTheConfiguredLevel() {
    assertThat(states.next(WasteBinState.OK, 79.9, 80)).isEqualTo(WasteBinState.OK);
    assertThat(states.next(WasteBinState.OK, 80, 80)).isEqualTo(WasteBinState.DUE);
    assertThat(states.next(WasteBinState.OK, 70, 70)).isEqualTo(WasteBinState.DUE);
    assertThat(states.next(WasteBinState.OK, 100, 80)).isEqualTo(WasteBinState.OVERFLOW);
  }

  @Test
  void aLevelHoveringAtTheThresholdChangesTheStateOnce() {
    assertThat(changes(80, 78, 80.2, 79.5, 80.1, 79.8, 81, 79.9, 80.0))
        .containsExactly(WasteBinState.DUE);
    assertThat(changes(80, 96, 100, 99.5, 100, 98, 100))
        .containsExactly(WasteBinState.DUE, WasteBinState.OVERFLOW);
  }

  @Test
  void anEmptiedBinIsOkAgainAndCanBecomeDueAgain() {
    assertThat(changes(80, 85, 72, 69.9, 40, 81))
        .containsExactly(WasteBinState.DUE, WasteBinState.OK, WasteBinState.DUE);
    assertThat(changes(80, 100, 89, 5))
        .containsExactly(WasteBinState.OVERFLOW, WasteBinState.DUE, WasteBinState.OK);
  }
}
