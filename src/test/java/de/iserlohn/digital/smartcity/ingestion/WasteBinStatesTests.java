package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.smartcity.ingestion.WasteBinStates.State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waste-bin DMN table with its hysteresis, evaluated as deployed. */
class WasteBinStatesTests {

  private final WasteBinStates states = new WasteBinStates();

  private List<State> changes(double dueLevel, double... levels) {
    List<State> changes = new ArrayList<>();
    State state = State.OK;
    for (double level : levels) {
      State next = states.next(state, level, dueLevel);
      if (next != state) {
        changes.add(next);
      }
      state = next;
    }
    return changes;
  }

  @Test
  void aBinIsDueAtTheConfiguredLevel() {
    assertThat(states.next(State.OK, 79.9, 80)).isEqualTo(State.OK);
    assertThat(states.next(State.OK, 80, 80)).isEqualTo(State.DUE);
    assertThat(states.next(State.OK, 70, 70)).isEqualTo(State.DUE);
    assertThat(states.next(State.OK, 100, 80)).isEqualTo(State.OVERFLOW);
  }

  @Test
  void aLevelHoveringAtTheThresholdChangesTheStateOnce() {
    assertThat(changes(80, 78, 80.2, 79.5, 80.1, 79.8, 81, 79.9, 80.0)).containsExactly(State.DUE);
    assertThat(changes(80, 96, 100, 99.5, 100, 98, 100)).containsExactly(State.DUE, State.OVERFLOW);
  }

  @Test
  void anEmptiedBinIsOkAgainAndCanBecomeDueAgain() {
    assertThat(changes(80, 85, 72, 69.9, 40, 81)).containsExactly(State.DUE, State.OK, State.DUE);
    assertThat(changes(80, 100, 89, 5)).containsExactly(State.OVERFLOW, State.DUE, State.OK);
  }
}
