package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.smartcity.ingestion.TreeWaterStates.Level;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree DMN table: dry above 33 kPa, critical above 81 kPa, confirmed by two readings. */
class TreeWaterStatesTests {

  private final TreeWaterStates states = new TreeWaterStates();

  /** The confirmed state after each reading. */
  private List<Level> states(double... tensions) {
    List<Level> out = new ArrayList<>();
    Level state = Level.OK;
    Level candidate = Level.OK;
    for (double t : tensions) {
      TreeWaterStates.Result r = states.next(state, candidate, t);
      state = r.state();
      candidate = r.candidate();
      out.add(state);
    }
    return out;
  }

  @Test
  void oneDryReadingIsNotEnoughTwoConsecutiveAre() {
    assertThat(states(12, 35, 20, 36, 40))
        .containsExactly(Level.OK, Level.OK, Level.OK, Level.OK, Level.DRY);
  }

  @Test
  void criticalNeedsTwoReadingsAboveEightyOne() {
    assertThat(states(50, 85, 90)).containsExactly(Level.OK, Level.DRY, Level.CRITICAL);
    assertThat(states(85, 33.0, 90)).containsExactly(Level.OK, Level.OK, Level.OK);
  }

  @Test
  void theNextTwoMoistReadingsConfirmTheWatering() {
    assertThat(states(40, 45, 12, 14)).containsExactly(Level.OK, Level.DRY, Level.DRY, Level.OK);
    // one moist reading followed by a dry one: watering not confirmed
    assertThat(states(40, 45, 12, 50)).containsExactly(Level.OK, Level.DRY, Level.DRY, Level.DRY);
  }
}
