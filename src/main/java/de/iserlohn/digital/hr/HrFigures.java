package de.iserlohn.digital.hr;

import de.iserlohn.digital.hr.expense.ExpenseClaimProcess;
import de.iserlohn.digital.hr.mobilework.MobileWorkProcess;
import de.iserlohn.digital.hr.requests.RequestKind;
import de.iserlohn.digital.hr.requests.RequestStatus;
import de.iserlohn.digital.hr.travel.TravelRequestProcess;
import de.iserlohn.digital.platform.figures.DailyFigures;
import de.iserlohn.digital.platform.figures.FigureContributor;
import de.iserlohn.digital.platform.figures.FigureNames;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * HR figures of a day (goal 4.1): employees in the directory and employees with a mobile-work
 * agreement in force that day, per org unit (the dashboard hides units with fewer than five).
 */
@Component
class HrFigures implements FigureContributor {

  private final JdbcTemplate jdbc;

  HrFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<MeasuredProcess> processes() {
    return List.of(
        new MeasuredProcess(
            TravelRequestProcess.PROCESS_KEY,
            "Dienstreiseantrag",
            MeasuredProcess.Area.INTERNAL,
            null),
        new MeasuredProcess(
            ExpenseClaimProcess.PROCESS_KEY,
            "Reisekostenabrechnung",
            MeasuredProcess.Area.INTERNAL,
            OrgUnits.PERSONAL),
        new MeasuredProcess(
            MobileWorkProcess.PROCESS_KEY,
            "Mobiles Arbeiten",
            MeasuredProcess.Area.INTERNAL,
            null));
  }

  @Override
  public void collect(LocalDate day, Instant from, Instant to, DailyFigures into) {
    jdbc.query(
        "select org_unit, count(*) n from hr_employee group by org_unit",
        rs -> {
          into.add(FigureNames.HR_STAFF, rs.getString("org_unit"), rs.getLong("n"));
        });
    jdbc.query(
        "select e.org_unit, count(distinct r.employee_id) n from hr_request r"
            + " join hr_employee e on e.user_id = r.employee_id"
            + " where r.kind = ? and r.status in (?, ?) and r.start_date <= ? and r.end_date >= ?"
            + " group by e.org_unit",
        rs -> {
          into.add(FigureNames.HR_MOBILE_WORK, rs.getString("org_unit"), rs.getLong("n"));
        },
        RequestKind.MOBILES_ARBEITEN.name(),
        RequestStatus.GENEHMIGT.name(),
        RequestStatus.BEENDET.name(),
        Date.valueOf(day),
        Date.valueOf(day));
  }
}
