package de.iserlohn.digital.smartcity;

import de.iserlohn.digital.platform.figures.DailyFigures;
import de.iserlohn.digital.platform.figures.FigureContributor;
import de.iserlohn.digital.platform.figures.FigureNames;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.smartcity.waste.WastePickupProcess;
import de.iserlohn.digital.smartcity.watering.TreeWateringProcess;
import de.iserlohn.digital.smartcity.winter.WinterDispatchProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Smart-city figures of a day: bins emptied because the sensors made them due (compared with a
 * fixed calendar on the dashboard), the response time of winter dispatches, sensors heard that day
 * and registered; the processes (pickups, watering orders, winter dispatches) for their volumes.
 */
@Component
class SmartcityFigures implements FigureContributor {

  private final JdbcTemplate jdbc;
  private final HistoryService history;

  SmartcityFigures(JdbcTemplate jdbc, HistoryService history) {
    this.jdbc = jdbc;
    this.history = history;
  }

  @Override
  public List<MeasuredProcess> processes() {
    return List.of(
        new MeasuredProcess(
            WastePickupProcess.PROCESS_KEY,
            "Abfuhr nach Füllstand",
            MeasuredProcess.Area.SMART_CITY,
            OrgUnits.STADTBETRIEB),
        new MeasuredProcess(
            TreeWateringProcess.PROCESS_KEY,
            "Bewässerungsaufträge",
            MeasuredProcess.Area.SMART_CITY,
            OrgUnits.UMWELT),
        new MeasuredProcess(
            WinterDispatchProcess.PROCESS_KEY,
            "Winterdienst-Einsätze",
            MeasuredProcess.Area.SMART_CITY,
            OrgUnits.STADTBETRIEB));
  }

  @Override
  public void collect(LocalDate day, Instant from, Instant to, DailyFigures into) {
    Date start = Date.from(from);
    Date end = Date.from(to.minusMillis(1));
    into.add(
        FigureNames.SMARTCITY_BINS_EMPTIED,
        "",
        history
            .createHistoricActivityInstanceQuery()
            .activityId(WastePickupProcess.AWAIT_BIN_EMPTIED)
            .finished()
            .finishedAfter(start)
            .finishedBefore(end)
            .list()
            .stream()
            .filter(stop -> !stop.isCanceled())
            .count());
    for (HistoricActivityInstance confirm :
        history
            .createHistoricActivityInstanceQuery()
            .activityId(WinterDispatchProcess.CONFIRM_ALARM)
            .finished()
            .finishedAfter(start)
            .finishedBefore(end)
            .list()) {
      into.observe(
          FigureNames.SMARTCITY_WINTER_RESPONSE_MINUTES,
          "",
          (int) (confirm.getDurationInMillis() / 60_000));
    }
    // the registry's timestamps are UTC without zone
    Timestamp utcFrom = Timestamp.valueOf(from.atOffset(ZoneOffset.UTC).toLocalDateTime());
    Timestamp utcTo = Timestamp.valueOf(to.atOffset(ZoneOffset.UTC).toLocalDateTime());
    into.add(
        FigureNames.SMARTCITY_DEVICES_ONLINE,
        "",
        jdbc.queryForObject(
            "select count(distinct dev_eui) from sc_uplink where received_at >= ? and received_at < ?",
            Long.class,
            utcFrom,
            utcTo));
    into.add(
        FigureNames.SMARTCITY_DEVICES,
        "",
        jdbc.queryForObject("select count(*) from sc_device", Long.class));
    into.add(
        FigureNames.SMARTCITY_BINS,
        "",
        jdbc.queryForObject(
            "select count(*) from sc_asset where asset_type = ?",
            Long.class,
            AssetType.WASTE_BIN.name()));
  }
}
