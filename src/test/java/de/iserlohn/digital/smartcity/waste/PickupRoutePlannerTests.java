package de.iserlohn.digital.smartcity.waste;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.iserlohn.digital.smartcity.waste.PickupRoutePlanner.Stop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Route planning with the jsprit solver: order, capacity, great-circle distance with detour. */
class PickupRoutePlannerTests {

  // depot at 51.00 N, 7.00 E; bins north and south of it, 0.01° (about 1.11 km) apart
  private static Stop bin(String id, int step) {
    return new Stop(id, "Tonne " + id, 51.0 + step * 0.01, 7.0);
  }

  @Test
  void theRouteIsTheShortestRoundTripFromTheDepotWithTheDetourFactor() {
    var planner = new PickupRoutePlanner(51.0, 7.0, 10, 1.3, 200);
    // three bins at the corners of a square whose fourth corner is the depot
    Stop north = new Stop("north", "Tonne Nord", 51.01, 7.0);
    Stop corner = new Stop("corner", "Tonne Ecke", 51.01, 7.016);
    Stop east = new Stop("east", "Tonne Ost", 51.0, 7.016);

    var route = planner.plan(List.of(corner, east, north));

    assertThat(route.stops()).isIn(List.of(north, corner, east), List.of(east, corner, north));
    assertThat(route.trips()).isEqualTo(1);
    double perimeter =
        GreatCircle.km(51.0, 7.0, 51.01, 7.0)
            + GreatCircle.km(51.01, 7.0, 51.01, 7.016)
            + GreatCircle.km(51.01, 7.016, 51.0, 7.016)
            + GreatCircle.km(51.0, 7.016, 51.0, 7.0);
    assertThat(GreatCircle.km(51.0, 7.0, 51.01, 7.0)).isCloseTo(1.11, within(0.01));
    assertThat(route.km()).isCloseTo(perimeter * 1.3, within(0.1));
  }

  @Test
  void theVehicleReturnsToTheDepotWhenItIsFull() {
    var planner = new PickupRoutePlanner(51.0, 7.0, 2, 1.0, 200);

    var route = planner.plan(List.of(bin("a", 1), bin("b", 2), bin("c", -1), bin("d", -2)));

    assertThat(route.trips()).isEqualTo(2);
    assertThat(route.stops()).hasSize(4);
    // each trip serves one side of the depot
    List<String> order = route.stops().stream().map(Stop::assetId).toList();
    assertThat(java.util.Set.of(order.get(0), order.get(1)))
        .isIn(java.util.Set.of("a", "b"), java.util.Set.of("c", "d"));
    assertThat(route.km()).isCloseTo(4 * GreatCircle.km(51.0, 7.0, 51.02, 7.0), within(0.1));
  }

  @Test
  void noDueBinsNoRoute() {
    var route = new PickupRoutePlanner(51.0, 7.0, 10, 1.3, 200).plan(List.of());
    assertThat(route.stops()).isEmpty();
    assertThat(route.km()).isZero();
  }
}
