package de.iserlohn.digital.smartcity.winter;

import static de.iserlohn.digital.smartcity.winter.WinterDispatchProcess.*;

import de.iserlohn.digital.platform.cluster.ProcessClaims;
import de.iserlohn.digital.platform.web.CityTime;
import de.iserlohn.digital.smartcity.RoadIceState;
import de.iserlohn.digital.smartcity.RoadIceStateChanged;
import de.iserlohn.digital.smartcity.ingestion.AssetStates;
import de.iserlohn.digital.smartcity.ingestion.ProcessVariables;
import de.iserlohn.digital.smartcity.ingestion.Registry;
import de.iserlohn.digital.smartcity.ingestion.Thresholds;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Road ice-risk changes drive the winter service: the first road at risk starts one dispatch (while
 * one is running, further roads join it), and when the last road is clear again the dispatch ends
 * (message {@code RoadsClear}).
 */
@Component
class WinterDispatches {

  private static final Logger LOG = LoggerFactory.getLogger(WinterDispatches.class);
  static final List<RoadIceState> AT_RISK = List.of(RoadIceState.WARNING, RoadIceState.ICE);

  private final RuntimeService runtime;
  private final AssetStates states;
  private final Registry registry;
  private final Clock clock;
  private final ProcessClaims claims;

  WinterDispatches(
      RuntimeService runtime,
      AssetStates states,
      Registry registry,
      Clock clock,
      ProcessClaims claims) {
    this.runtime = runtime;
    this.claims = claims;
    this.states = states;
    this.registry = registry;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(RoadIceStateChanged changed) {
    if (changed.from() == RoadIceState.CLEAR && AT_RISK.contains(changed.to())) {
      start(changed.alarmLevel(), changed.priorityClasses());
    } else if (changed.to() == RoadIceState.CLEAR) {
      roadCleared();
    }
  }

  /** Ends the waiting dispatch when no road segment reports ice risk any more. */
  void roadCleared() {
    if (roadsAtRisk().isEmpty()) {
      runtime.createMessageCorrelation(MESSAGE_ROADS_CLEAR).correlateAll();
    }
  }

  /** Starts a dispatch unless one is running on any node (the claim {@code winterdienst:}). */
  void start(String alarmLevel, List<Integer> priorityClasses) {
    boolean started =
        claims
            .startUnlessRunning(
                PROCESS_KEY,
                BUSINESS_KEY,
                () ->
                    runtime
                        .startProcessInstanceByKey(
                            PROCESS_KEY,
                            BUSINESS_KEY
                                + LocalDateTime.now(clock.withZone(CityTime.ZONE)).withNano(0),
                            Variables.createVariables()
                                .putValue(VAR_ALARM_LEVEL, alarmLevel)
                                .putValue(
                                    VAR_PRIORITY_CLASSES,
                                    ProcessVariables.jsonList(priorityClasses))
                                .putValue(
                                    VAR_PRIORITY_CLASSES_TEXT,
                                    priorityClasses.stream()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(" vor ")))
                                .putValue(VAR_ROADS_AT_RISK_LIST, describe(roadsAtRisk())))
                        .getId())
            .started();
    if (!started) {
      LOG.info("Winter dispatch already running; alarm {} joins it", alarmLevel);
    }
  }

  /** Road segments whose ice risk is WARNING or ICE. */
  List<Registry.Asset> roadsAtRisk() {
    return states.assetsIn(Thresholds.ROAD_ICE, AT_RISK, null).stream()
        .map(registry::asset)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  /** The road segments at risk of one priority class, one per line. */
  String roadsOfClass(int priorityClass) {
    return describe(
        roadsAtRisk().stream()
            .filter(a -> a.priorityClass() != null && a.priorityClass() == priorityClass)
            .toList());
  }

  private static String describe(List<Registry.Asset> roads) {
    return roads.isEmpty()
        ? "(derzeit keine Meldung)"
        : roads.stream()
            .map(
                a ->
                    a.name()
                        + " ("
                        + a.district()
                        + ", Klasse "
                        + (a.priorityClass() == null ? "-" : a.priorityClass())
                        + ")")
            .collect(Collectors.joining("\n"));
  }
}
