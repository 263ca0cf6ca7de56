package de.iserlohn.digital.smartcity.waste;

import static de.iserlohn.digital.smartcity.waste.WastePickupProcess.*;

import de.iserlohn.digital.platform.cluster.ProcessClaims;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.smartcity.WasteBinState;
import de.iserlohn.digital.smartcity.WasteBinStateChanged;
import de.iserlohn.digital.smartcity.ingestion.AssetStates;
import de.iserlohn.digital.smartcity.ingestion.ProcessVariables;
import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.smartcity.ingestion.SmartcityProperties;
import de.iserlohn.digital.smartcity.ingestion.Thresholds;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Waste-bin state changes drive the pickup: the daily schedule starts one route per district with
 * due bins, an overflowing bin gets an urgent single pickup, a bin that reports empty again closes
 * its stop (message {@code WasteBinEmptied}). Routes are planned with {@link PickupRoutePlanner}.
 */
@Component
class WastePickups {

  private static final Logger LOG = LoggerFactory.getLogger(WastePickups.class);
  static final List<WasteBinState> DUE_STATES = List.of(WasteBinState.DUE, WasteBinState.OVERFLOW);

  private final RuntimeService runtime;
  private final AssetStates states;
  private final Registry registry;
  private final Clock clock;
  private final PickupRoutePlanner planner;
  private final ProcessClaims claims;

  WastePickups(
      RuntimeService runtime,
      AssetStates states,
      Registry registry,
      Clock clock,
      SmartcityProperties properties,
      ProcessClaims claims) {
    this.runtime = runtime;
    this.claims = claims;
    this.states = states;
    this.registry = registry;
    this.clock = clock;
    SmartcityProperties.Waste waste = properties.waste();
    this.planner =
        new PickupRoutePlanner(
            waste.depotLat(), waste.depotLon(), waste.vehicleCapacity(), waste.detourFactor(), 200);
  }

  @ApplicationModuleListener
  void on(WasteBinStateChanged changed) {
    if (changed.to() == WasteBinState.OVERFLOW) {
      startUrgent(changed.assetId(), changed.district());
    } else if (changed.to() == WasteBinState.OK) {
      binEmptied(changed.assetId());
    }
  }

  /** Closes the bin's open stops (a bin may be in a daily route and an urgent pickup). */
  void binEmptied(String assetId) {
    runtime
        .createMessageCorrelation(MESSAGE_BIN_EMPTIED)
        .localVariableEquals(VAR_AWAITED_BIN, assetId)
        .correlateAll();
  }

  /**
   * Starts today's route of every district with due bins: once per district and day across all
   * nodes (the claim {@code abfuhr:<district>:<day>}, ADR 0075).
   */
  List<String> startDaily() {
    LocalDate today = CityTime.day(clock.instant());
    Date due = Date.from(CityTime.at(today, DAILY_DUE_HOUR));
    return states.districtsWith(Thresholds.WASTE_FILL, DUE_STATES).stream()
        .filter(
            district -> {
              String key = BUSINESS_KEY_DAILY + district + ":" + today;
              return claims
                  .startUnlessRunning(
                      PROCESS_KEY,
                      key,
                      () ->
                          runtime
                              .startProcessInstanceByKey(
                                  PROCESS_KEY,
                                  key,
                                  Map.of(
                                      VAR_DISTRICT,
                                      district,
                                      VAR_URGENT,
                                      false,
                                      VAR_PICKUP_DUE,
                                      due))
                              .getId())
                  .started();
            })
        .toList();
  }

  /**
   * One urgent single pickup per overflowing bin while the previous one is still open, across all
   * nodes (the claim {@code dringend:<bin>}, ADR 0075).
   */
  void startUrgent(String assetId, String district) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(CityTime.ZONE));
    boolean started =
        claims
            .startUnlessRunning(
                PROCESS_KEY,
                BUSINESS_KEY_URGENT + assetId,
                () ->
                    runtime
                        .startProcessInstanceByKey(
                            PROCESS_KEY,
                            BUSINESS_KEY_URGENT + assetId + ":" + now.toLocalDateTime().withNano(0),
                            Map.of(
                                VAR_DISTRICT,
                                district,
                                VAR_URGENT,
                                true,
                                VAR_ASSET_ID,
                                assetId,
                                VAR_PICKUP_DUE,
                                Date.from(now.plusHours(URGENT_HOURS).toInstant())))
                        .getId())
            .started();
    if (!started) {
      LOG.info("Urgent pickup of {} already open", assetId);
    }
  }

  /** The route: the one overflowing bin, or the district's due bins in the solver's order. */
  PickupRoutePlanner.Route plan(String district, String urgentAssetId) {
    List<String> ids =
        urgentAssetId != null
            ? List.of(urgentAssetId)
            : states.assetsIn(Thresholds.WASTE_FILL, DUE_STATES, district);
    List<PickupRoutePlanner.Stop> stops =
        ids.stream()
            .map(registry::asset)
            .flatMap(java.util.Optional::stream)
            .map(a -> new PickupRoutePlanner.Stop(a.id(), a.name(), a.lat(), a.lon()))
            .toList();
    return planner.plan(stops);
  }

  static Map<String, Object> variables(PickupRoutePlanner.Route route, String title) {
    StringBuilder list = new StringBuilder();
    int n = 1;
    for (PickupRoutePlanner.Stop s : route.stops()) {
      list.append(n++).append(". ").append(s.name()).append(" (").append(s.assetId()).append(")\n");
    }
    return Variables.createVariables()
        .putValue(
            VAR_STOPS,
            ProcessVariables.jsonList(
                route.stops().stream().map(PickupRoutePlanner.Stop::assetId).toList()))
        .putValue(VAR_STOP_LIST, list.toString().strip())
        .putValue(VAR_ROUTE_KM, route.km())
        .putValue(VAR_ROUTE_TITLE, title);
  }
}
