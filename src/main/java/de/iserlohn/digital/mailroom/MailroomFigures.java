package de.iserlohn.digital.mailroom;

import de.iserlohn.digital.mailroom.item.MailroomItemProcess;
import de.iserlohn.digital.platform.figures.FigureContributor;
import de.iserlohn.digital.platform.figures.MeasuredProcess;
import de.iserlohn.digital.platform.identity.OrgUnits;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The digital mailroom as a measured process (goal 2.6): one instance per scanned item, so the
 * platform's process figures give items per day, the share classified without a clerk (no user
 * task) and the time from scan to distribution (lead time).
 */
@Component
class MailroomFigures implements FigureContributor {

  @Override
  public List<MeasuredProcess> processes() {
    return List.of(
        new MeasuredProcess(
            MailroomItemProcess.PROCESS_KEY,
            "Digitale Poststelle",
            MeasuredProcess.Area.INTERNAL,
            OrgUnits.POSTSTELLE));
  }
}
