package de.iserlohn.digital.smartcity.waste;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import com.graphhopper.jsprit.core.util.VehicleRoutingTransportCostsMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the pickup route of a district with the jsprit solver: from the depot, a vehicle that
 * empties at most {@code capacity} bins per trip (then returns to the depot), distances by great
 * circle times the detour factor. The trips are driven one after the other by the same crew.
 */
final class PickupRoutePlanner {

  static final String DEPOT = "depot";

  /** A bin to empty. */
  record Stop(String assetId, String name, double lat, double lon) {}

  /** The stops in driving order and the planned distance (depot to depot, all trips). */
  record Route(List<Stop> stops, double km, int trips) {}

  private final double depotLat;
  private final double depotLon;
  private final int capacity;
  private final double detourFactor;
  private final int iterations;

  PickupRoutePlanner(
      double depotLat, double depotLon, int capacity, double detourFactor, int iterations) {
    if (capacity < 1) {
      throw new IllegalArgumentException("vehicle capacity must be at least 1");
    }
    this.depotLat = depotLat;
    this.depotLon = depotLon;
    this.capacity = capacity;
    this.detourFactor = detourFactor;
    this.iterations = iterations;
  }

  Route plan(List<Stop> bins) {
    if (bins.isEmpty()) {
      return new Route(List.of(), 0, 0);
    }
    Map<String, Stop> byId = new LinkedHashMap<>();
    bins.forEach(b -> byId.put(b.assetId(), b));
    VehicleRoutingProblemSolution best = solve(problem(byId));
    List<VehicleRoute> trips = new ArrayList<>(best.getRoutes());
    trips.sort(Comparator.comparing(r -> r.getActivities().get(0).getLocation().getId()));
    return route(trips, byId);
  }

  /** Distances between all places (depot and bins), one truck type, one job per bin. */
  private VehicleRoutingProblem problem(Map<String, Stop> byId) {
    VehicleRoutingTransportCostsMatrix.Builder matrix =
        VehicleRoutingTransportCostsMatrix.Builder.newInstance(true);
    List<String> ids = new ArrayList<>(byId.keySet());
    ids.add(0, DEPOT);
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        double km = distance(ids.get(i), ids.get(j), byId);
        matrix.addTransportDistance(ids.get(i), ids.get(j), km);
        matrix.addTransportTime(ids.get(i), ids.get(j), km);
      }
    }
    VehicleTypeImpl type =
        VehicleTypeImpl.Builder.newInstance("pickup-truck")
            .addCapacityDimension(0, capacity)
            .setCostPerDistance(1)
            .build();
    VehicleImpl vehicle =
        VehicleImpl.Builder.newInstance("crew")
            .setStartLocation(Location.newInstance(DEPOT))
            .setReturnToDepot(true)
            .setType(type)
            .build();
    VehicleRoutingProblem.Builder problem =
        VehicleRoutingProblem.Builder.newInstance()
            .setFleetSize(VehicleRoutingProblem.FleetSize.INFINITE)
            .addVehicle(vehicle)
            .setRoutingCost(matrix.build());
    for (String id : byId.keySet()) {
      problem.addJob(
          Service.Builder.newInstance(id)
              .addSizeDimension(0, 1)
              .setLocation(Location.newInstance(id))
              .build());
    }
    return problem.build();
  }

  private VehicleRoutingProblemSolution solve(VehicleRoutingProblem problem) {
    VehicleRoutingAlgorithm algorithm =
        Jsprit.Builder.newInstance(problem)
            .setProperty(Jsprit.Parameter.THREADS, "1")
            .setRandom(new java.util.Random(42))
            .buildAlgorithm();
    algorithm.setMaxIterations(iterations);
    return Solutions.bestOf(algorithm.searchSolutions());
  }

  /**
   * The stops in driving order, trip after trip, and the kilometres driven from and to the depot.
   */
  private Route route(List<VehicleRoute> trips, Map<String, Stop> byId) {
    List<Stop> ordered = new ArrayList<>();
    double km = 0;
    for (VehicleRoute trip : trips) {
      String previous = DEPOT;
      for (TourActivity activity : trip.getActivities()) {
        String id = activity.getLocation().getId();
        ordered.add(byId.get(id));
        km += distance(previous, id, byId);
        previous = id;
      }
      km += distance(previous, DEPOT, byId);
    }
    return new Route(List.copyOf(ordered), Math.round(km * 10) / 10.0, trips.size());
  }

  private double distance(String from, String to, Map<String, Stop> byId) {
    double[] a = position(from, byId);
    double[] b = position(to, byId);
    return GreatCircle.km(a[0], a[1], b[0], b[1]) * detourFactor;
  }

  private double[] position(String id, Map<String, Stop> byId) {
    if (DEPOT.equals(id)) {
      return new double[] {depotLat, depotLon};
    }
    Stop s = byId.get(id);
    return new double[] {s.lat(), s.lon()};
  }
}
