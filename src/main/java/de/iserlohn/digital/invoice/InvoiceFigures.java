package de.iserlohn.digital.invoice;

import de.iserlohn.digital.platform.figures.DailyFigures;
import de.iserlohn.digital.platform.figures.FigureContributor;
import de.iserlohn.digital.platform.figures.FigureNames;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-invoice figures of a day (goal 2.4): invoices received electronically (REST, e-mail) or as
 * paper scans, and Skonto used or lost at release.
 */
@Component
class InvoiceFigures implements FigureContributor {

  static final String ELECTRONIC = "electronic";
  static final String PAPER = "paper";
  static final String SCAN_CHANNEL = "SCAN";

  private final JdbcTemplate jdbc;

  InvoiceFigures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<MeasuredProcess> processes() {
    return List.of(
        new MeasuredProcess(
            InvoiceApprovalProcess.PROCESS_KEY,
            "Rechnungsfreigabe",
            MeasuredProcess.Area.INTERNAL,
            OrgUnits.BUCHHALTUNG),
        new MeasuredProcess(
            InvoiceCaptureProcess.PROCESS_KEY,
            "Papierrechnung erfassen",
            MeasuredProcess.Area.INTERNAL,
            OrgUnits.BUCHHALTUNG));
  }

  @Override
  public void collect(LocalDate day, Instant from, Instant to, DailyFigures into) {
    jdbc.query(
        "select channel, count(*) n from invoice_register where received_at >= ? and received_at < ?"
            + " group by channel",
        rs -> {
          into.add(
              FigureNames.INVOICE_RECEIVED,
              SCAN_CHANNEL.equals(rs.getString("channel")) ? PAPER : ELECTRONIC,
              rs.getLong("n"));
        },
        Timestamp.from(from),
        Timestamp.from(to));
    jdbc.query(
        "select r.skonto_date from invoice_status_history h join invoice_register r"
            + " on r.register_number = h.register_number where h.status = 'RELEASED'"
            + " and h.changed_at >= ? and h.changed_at < ? and r.skonto_date is not null",
        rs -> {
          LocalDate skonto = rs.getDate("skonto_date").toLocalDate();
          into.add(
              skonto.isBefore(day)
                  ? FigureNames.INVOICE_SKONTO_LOST
                  : FigureNames.INVOICE_SKONTO_USED,
              "",
              1);
        },
        Timestamp.from(from),
        Timestamp.from(to));
  }
}
