package de.iserlohn.digital.smartcity.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import de.iserlohn.digital.smartcity.RoadIceState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ice-risk DMN table, one case per rule, evaluated as deployed. */
class RoadIceStatesTests {

  private static final double WARNING_AT = 1.0;
  private final RoadIceStates table = new RoadIceStates();

  @Test
  void iceWhenTheSurfaceIsAtOrBelowZeroAndAtOrBelowTheDewPoint() {
    var ice = table.next(RoadIceState.CLEAR, 0, 0.5, WARNING_AT);
    assertThat(ice.state()).isEqualTo(RoadIceState.ICE);
    assertThat(ice.alarmLevel()).isEqualTo("GLAETTE");
    assertThat(ice.priorityClasses()).containsExactly(1, 2, 3);
    // below zero but dry air (surface above the dew point): a pre-warning, not ice
    assertThat(table.next(RoadIceState.CLEAR, -2, -6, WARNING_AT).state())
        .isEqualTo(RoadIceState.WARNING);
  }

  @Test
  void iceIsHeldUpToHalfADegree() {
    assertThat(table.next(RoadIceState.ICE, 0.4, 0.2, WARNING_AT).state())
        .isEqualTo(RoadIceState.ICE);
    assertThat(table.next(RoadIceState.CLEAR, 0.4, 0.2, WARNING_AT).state())
        .isEqualTo(RoadIceState.WARNING);
    assertThat(table.next(RoadIceState.ICE, 0.6, 0.2, WARNING_AT).state())
        .isEqualTo(RoadIceState.WARNING);
  }

  @Test
  void preWarningAtTheConfiguredLevelServesClassOneOnly() {
    var warning = table.next(RoadIceState.CLEAR, 1.0, -3, WARNING_AT);
    assertThat(warning.state()).isEqualTo(RoadIceState.WARNING);
    assertThat(warning.alarmLevel()).isEqualTo("VORWARNUNG");
    assertThat(warning.priorityClasses()).containsExactly(1);
    assertThat(table.next(RoadIceState.CLEAR, 1.9, -3, 2.0).state())
        .isEqualTo(RoadIceState.WARNING);
    assertThat(table.next(RoadIceState.CLEAR, 1.1, -3, WARNING_AT).state())
        .isEqualTo(RoadIceState.CLEAR);
  }

  @Test
  void thePreWarningIsHeldUpToOneDegreeAboveItsLevel() {
    assertThat(table.next(RoadIceState.WARNING, 2.0, -3, WARNING_AT).state())
        .isEqualTo(RoadIceState.WARNING);
    assertThat(table.next(RoadIceState.ICE, 1.8, -3, WARNING_AT).state())
        .isEqualTo(RoadIceState.WARNING);
  }

  @Test
  void clearAboveTheHysteresisBand() {
    var clear = table.next(RoadIceState.WARNING, 2.1, -3, WARNING_AT);
    assertThat(clear.state()).isEqualTo(RoadIceState.CLEAR);
    assertThat(clear.alarmLevel()).isEqualTo("KEINE");
    assertThat(clear.priorityClasses()).isEmpty();
  }

  @Test
  void aSurfaceTemperatureHoveringAroundTheWarningLevelStartsOneAlarm() {
    List<RoadIceState> changes = new ArrayList<>();
    RoadIceState state = RoadIceState.CLEAR;
    for (double surface : new double[] {1.2, 0.9, 1.3, 0.95, 1.6, 1.0, 1.9, 0.8}) {
      RoadIceState next = table.next(state, surface, -4, WARNING_AT).state();
      if (next != state) {
        changes.add(next);
      }
      state = next;
    }
    assertThat(changes).containsExactly(RoadIceState.WARNING);
  }
}
