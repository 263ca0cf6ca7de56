package de.iserlohn.digital.smartcity;

import de.iserlohn.digital.smartcity.decoder.Quantity;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies the threshold tables to a stored uplink, in the ingestion transaction: the waste-bin fill
 * level ({@code wasteBinState}), the tree's water tension ({@code treeWaterState}) and the road's
 * ice risk ({@code roadIceRisk}). Only a state change leaves the ingestion path, as an event; a
 * reading older than the one that set the current state (a late uplink) changes nothing.
 */
@Component
class Thresholds {

  static final String WASTE_FILL = "WASTE_FILL";
  static final String TREE_WATER = "TREE_WATER";
  static final String ROAD_ICE = "ROAD_ICE";

  /** The outcome of one rule for one reading. */
  private record Transition(String from, String to, String candidate, Object event) {}

  private final AssetStates states;
  private final ApplicationEventPublisher events;
  private final SmartcityProperties properties;
  private final WasteBinStates wasteBinStates = new WasteBinStates();
  private final TreeWaterStates treeWaterStates = new TreeWaterStates();
  private final RoadIceStates roadIceStates = new RoadIceStates();

  Thresholds(AssetStates states, ApplicationEventPublisher events, SmartcityProperties properties) {
    this.states = states;
    this.events = events;
    this.properties = properties;
  }

  void apply(Registry.Asset asset, Uplink uplink, List<Measurements.Row> rows) {
    switch (asset.type()) {
      case WASTE_BIN ->
          value(rows, Quantity.FILL_LEVEL)
              .ifPresent(
                  fill ->
                      apply(asset, WASTE_FILL, uplink, fill, s -> waste(asset, s, fill, uplink)));
      case TREE ->
          value(rows, Quantity.WATER_TENSION)
              .ifPresent(t -> apply(asset, TREE_WATER, uplink, t, s -> tree(asset, s, t, uplink)));
      case ROAD_SEGMENT -> {
        Optional<Double> surface = value(rows, Quantity.SURFACE_TEMPERATURE);
        Optional<Double> dewPoint = value(rows, Quantity.DEW_POINT);
        if (surface.isPresent() && dewPoint.isPresent()) {
          apply(
              asset,
              ROAD_ICE,
              uplink,
              surface.get(),
              s -> road(asset, s, surface.get(), dewPoint.get(), uplink));
        }
      }
    }
  }

  private Transition waste(
      Registry.Asset asset, Optional<AssetStates.Stored> stored, double fill, Uplink uplink) {
    var previous =
        stored.map(s -> WasteBinStates.State.valueOf(s.state())).orElse(WasteBinStates.State.OK);
    var next = wasteBinStates.next(previous, fill, properties.wasteDuePercent());
    return new Transition(
        previous.name(),
        next.name(),
        null,
        new WasteBinStateChanged(
            asset.id(), asset.district(), previous.name(), next.name(), fill, uplink.time()));
  }

  private Transition tree(
      Registry.Asset asset, Optional<AssetStates.Stored> stored, double tension, Uplink uplink) {
    var previous =
        stored.map(s -> TreeWaterStates.Level.valueOf(s.state())).orElse(TreeWaterStates.Level.OK);
    var candidate =
        stored
            .map(s -> TreeWaterStates.Level.valueOf(s.candidate()))
            .orElse(TreeWaterStates.Level.OK);
    var next = treeWaterStates.next(previous, candidate, tension);
    return new Transition(
        previous.name(),
        next.state().name(),
        next.candidate().name(),
        new TreeWaterStateChanged(
            asset.id(),
            asset.district(),
            previous.name(),
            next.state().name(),
            tension,
            uplink.time()));
  }

  private Transition road(
      Registry.Asset asset,
      Optional<AssetStates.Stored> stored,
      double surface,
      double dewPoint,
      Uplink uplink) {
    var previous =
        stored.map(s -> RoadIceStates.State.valueOf(s.state())).orElse(RoadIceStates.State.CLEAR);
    var next =
        roadIceStates.next(previous, surface, dewPoint, properties.winter().warningTemperature());
    return new Transition(
        previous.name(),
        next.state().name(),
        null,
        new RoadIceStateChanged(
            asset.id(),
            asset.district(),
            asset.priorityClass(),
            previous.name(),
            next.state().name(),
            next.alarmLevel(),
            next.priorityClasses(),
            surface,
            uplink.time()));
  }

  private void apply(
      Registry.Asset asset,
      String rule,
      Uplink uplink,
      double value,
      java.util.function.Function<Optional<AssetStates.Stored>, Transition> decide) {
    Optional<AssetStates.Stored> stored = states.lock(asset.id(), rule);
    if (stored.isPresent() && stored.get().readingAt().isAfter(uplink.time())) {
      return;
    }
    Transition t = decide.apply(stored);
    states.save(
        asset.id(),
        rule,
        t.from(),
        t.to(),
        t.candidate(),
        value,
        uplink.time(),
        stored.isPresent());
    if (!t.from().equals(t.to())) {
      events.publishEvent(t.event());
    }
  }

  private static Optional<Double> value(List<Measurements.Row> rows, Quantity quantity) {
    return rows.stream()
        .filter(r -> r.quantity().equals(quantity.name()))
        .map(Measurements.Row::value)
        .findFirst();
  }
}
