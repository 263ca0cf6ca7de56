package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.smartcity.TreeWaterState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree DMN table: dry above 33 kPa, critical above 81 kPa, confirmed by two readings. */
class TreeWaterStatesTests {

  private final TreeWaterStates states = new TreeWaterStates();

  /** The confirmed state after each reading. */
  private List<TreeWaterState> states(double... tensions) {
    List<TreeWaterState> out = new ArrayList<>();
    TreeWaterState state = TreeWaterState.OK;
    TreeWaterState candidate = TreeWaterState.OK;
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
        .containsExactly(
            TreeWaterState.OK,
            TreeWaterState.OK,
            TreeWaterState.OK,
            TreeWaterState.OK,
            TreeWaterState.DRY);
  }

  @Test
  void criticalNeedsTwoReadingsAboveEightyOne() {
    assertThat(states(50, 85, 90))
        .containsExactly(TreeWaterState.OK, TreeWaterState.DRY, TreeWaterState.CRITICAL);
    assertThat(states(85, 33.0, 90))
        .containsExactly(TreeWaterState.OK, TreeWaterState.OK, TreeWaterState.OK);
  }

  @Test
  void theNextTwoMoistReadingsConfirmTheWatering() {
    assertThat(states(40, 45, 12, 14))
        .containsExactly(
            TreeWaterState.OK, TreeWaterState.DRY, TreeWaterState.DRY, TreeWaterState.OK);
    // one moist reading followed by a dry one: watering not confirmed
    assertThat(states(40, 45, 12, 50))
        .containsExactly(
            TreeWaterState.OK, TreeWaterState.DRY, TreeWaterState.DRY, TreeWaterState.DRY);
  }
}
