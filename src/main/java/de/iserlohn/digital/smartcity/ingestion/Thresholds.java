package de.iserlohn.digital.smartcity.ingestion;

import de.iserlohn.digital.smartcity.RoadIceState;
import de.iserlohn.digital.smartcity.RoadIceStateChanged;
import de.iserlohn.digital.smartcity.TreeWaterState;
import de.iserlohn.digital.smartcity.TreeWaterStateChanged;
import de.iserlohn.digital.smartcity.WasteBinState;
import de.iserlohn.digital.smartcity.WasteBinStateChanged;
import de.iserlohn.digital.smartcity.decoder.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies the threshold tables to stored uplinks, in the ingestion transaction: the waste-bin fill
 * level ({@code wasteBinState}), the tree's water tension ({@code treeWaterState}) and the road's
 * ice risk ({@code roadIceRisk}). Only a state change leaves the ingestion path, as an event; a
 * reading older than the one that set the current state (a late uplink) changes nothing.
 */
@Component
public class Thresholds {

  public static final String WASTE_FILL = "WASTE_FILL";
  public static final String TREE_WATER = "TREE_WATER";
  public static final String ROAD_ICE = "ROAD_ICE";

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

  /** A stored uplink with its asset and rows, as the ingestion batch hands it over. */
  record Input(Registry.Asset asset, Uplink uplink, List<Measurements.Row> rows) {}

  /** One rule to apply to one reading. */
  private record Step(
      Registry.Asset asset,
      String rule,
      Uplink uplink,
      double value,
      Function<Optional<AssetStates.Stored>, Transition> decide) {}

  /**
   * Applies the rules to the uplinks of a batch, per asset in the given (receive) order: the state
   * rows of all assets are locked at once (asset order), the readings run through the tables in
   * memory, the states and changes are written as multi-row statements, each change is published.
   */
  void apply(List<Input> inputs) {
    Map<String, List<Step>> byRule = new LinkedHashMap<>();
    for (Input in : inputs) {
      step(in.asset(), in.uplink(), in.rows())
          .ifPresent(s -> byRule.computeIfAbsent(s.rule(), r -> new ArrayList<>()).add(s));
    }
    byRule.forEach(this::apply);
  }

  private Optional<Step> step(Registry.Asset asset, Uplink uplink, List<Measurements.Row> rows) {
    switch (asset.type()) {
      case WASTE_BIN -> {
        return value(rows, Quantity.FILL_LEVEL)
            .map(
                fill ->
                    new Step(asset, WASTE_FILL, uplink, fill, s -> waste(asset, s, fill, uplink)));
      }
      case TREE -> {
        return value(rows, Quantity.WATER_TENSION)
            .map(t -> new Step(asset, TREE_WATER, uplink, t, s -> tree(asset, s, t, uplink)));
      }
      case ROAD_SEGMENT -> {
        Optional<Double> surface = value(rows, Quantity.SURFACE_TEMPERATURE);
        Optional<Double> dewPoint = value(rows, Quantity.DEW_POINT);
        if (surface.isPresent() && dewPoint.isPresent()) {
          return Optional.of(
              new Step(
                  asset,
                  ROAD_ICE,
                  uplink,
                  surface.get(),
                  s -> road(asset, s, surface.get(), dewPoint.get(), uplink)));
        }
        return Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private Transition waste(
      Registry.Asset asset, Optional<AssetStates.Stored> stored, double fill, Uplink uplink) {
    var previous = stored.map(s -> WasteBinState.valueOf(s.state())).orElse(WasteBinState.OK);
    var next = wasteBinStates.next(previous, fill, properties.wasteDuePercent());
    return new Transition(
        previous.name(),
        next.name(),
        null,
        new WasteBinStateChanged(
            asset.id(), asset.district(), previous, next, fill, uplink.time()));
  }

  private Transition tree(
      Registry.Asset asset, Optional<AssetStates.Stored> stored, double tension, Uplink uplink) {
    var previous = stored.map(s -> TreeWaterState.valueOf(s.state())).orElse(TreeWaterState.OK);
    var candidate =
        stored.map(s -> TreeWaterState.valueOf(s.candidate())).orElse(TreeWaterState.OK);
    var next = treeWaterStates.next(previous, candidate, tension);
    return new Transition(
        previous.name(),
        next.state().name(),
        next.candidate().name(),
        new TreeWaterStateChanged(
            asset.id(), asset.district(), previous, next.state(), tension, uplink.time()));
  }

  private Transition road(
      Registry.Asset asset,
      Optional<AssetStates.Stored> stored,
      double surface,
      double dewPoint,
      Uplink uplink) {
    var previous = stored.map(s -> RoadIceState.valueOf(s.state())).orElse(RoadIceState.CLEAR);
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
            previous,
            next.state(),
            next.alarmLevel(),
            next.priorityClasses(),
            surface,
            uplink.time()));
  }

  private void apply(String rule, List<Step> steps) {
    Map<String, AssetStates.Stored> current =
        states.lock(steps.stream().map(s -> s.asset().id()).toList(), rule);
    Set<String> existed = new HashSet<>(current.keySet());
    Set<String> written = new LinkedHashSet<>();
    List<AssetStates.Change> changes = new ArrayList<>();
    List<Object> published = new ArrayList<>();
    for (Step step : steps) {
      String assetId = step.asset().id();
      Optional<AssetStates.Stored> stored = Optional.ofNullable(current.get(assetId));
      if (stored.isPresent() && stored.get().readingAt().isAfter(step.uplink().time())) {
        continue;
      }
      Transition t = step.decide().apply(stored);
      current.put(assetId, new AssetStates.Stored(t.to(), t.candidate(), step.uplink().time()));
      written.add(assetId);
      if (!t.from().equals(t.to())) {
        changes.add(
            new AssetStates.Change(assetId, t.from(), t.to(), step.value(), step.uplink().time()));
        published.add(t.event());
      }
    }
    List<AssetStates.Saved> updates = new ArrayList<>();
    List<AssetStates.Saved> inserts = new ArrayList<>();
    for (String assetId : written) {
      AssetStates.Stored s = current.get(assetId);
      var saved = new AssetStates.Saved(assetId, s.state(), s.candidate(), s.readingAt());
      (existed.contains(assetId) ? updates : inserts).add(saved);
    }
    states.save(rule, updates, inserts, changes);
    published.forEach(events::publishEvent);
  }

  private static Optional<Double> value(List<Measurements.Row> rows, Quantity quantity) {
    return rows.stream()
        .filter(r -> r.quantity().equals(quantity.name()))
        .map(Measurements.Row::value)
        .findFirst();
  }
}
