package de.iserlohn.digital.platform.workspace;

import de.iserlohn.digital.platform.casefile.AuditAction;
import de.iserlohn.digital.platform.casefile.FilePlan;
import de.iserlohn.digital.platform.casefile.SourceChannel;
import de.iserlohn.digital.platform.casefile.VorgangStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the workspace shows values to people: German, dates in Europe/Berlin. */
@Component("akteFormat")
class WorkspaceFormat {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY).withZone(BERLIN);
  static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY).withZone(BERLIN);

  private final FilePlan filePlan;

  WorkspaceFormat(FilePlan filePlan) {
    this.filePlan = filePlan;
  }

  public String dateTime(Instant at) {
    return at == null ? "" : DATE_TIME.format(at);
  }

  public String date(Instant at) {
    return at == null ? "" : DATE.format(at);
  }

  public String unit(String orgUnit) {
    return orgUnit == null ? "" : filePlan.unitLabel(orgUnit);
  }

  public String planKey(String key) {
    return key == null ? "" : filePlan.subject(key).map(s -> s.label()).orElse(key);
  }

  public String caseType(String caseType) {
    String label = filePlan.caseTypes().get(caseType);
    if (label != null) {
      return label;
    }
    return switch (caseType == null ? "" : caseType) {
      case "allgemein" -> "Allgemeiner Vorgang";
      case "posteingang" -> "Posteingang";
      default -> caseType;
    };
  }

  public String status(VorgangStatus status) {
    return status == VorgangStatus.CLOSED ? "abgeschlossen" : "offen";
  }

  public String processState(String state) {
    if (state == null) {
      return "";
    }
    return switch (state) {
      case "ACTIVE" -> "läuft";
      case "SUSPENDED" -> "angehalten";
      case "COMPLETED" -> "beendet";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "abgebrochen";
      default -> state;
    };
  }

  public String action(AuditAction action) {
    return switch (action) {
      case CREATED -> "angelegt";
      case READ -> "gelesen";
      case CHANGED -> "geändert";
      case DOCUMENT_ADDED -> "Dokument abgelegt";
      case DOWNLOADED -> "Dokument geöffnet";
      case CLOSED -> "abgeschlossen";
      case ACCESS_DENIED -> "Zugriff verweigert";
      case NOTE_ADDED -> "Vermerk";
      case REOPENED -> "wieder eröffnet";
      case SHARED -> "freigegeben für";
      case PROCESS_STARTED -> "Prozess gestartet";
    };
  }

  public String channel(SourceChannel channel) {
    if (channel == null) {
      return "";
    }
    return switch (channel.name()) {
      case "PORTAL" -> "Serviceportal";
      case "API" -> "Schnittstelle";
      case "EMAIL" -> "E-Mail";
      case "SCAN" -> "Scan";
      case "CLERK" -> "Sachbearbeitung";
      case "PROCESS" -> "Prozess";
      default -> channel.name();
    };
  }

  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " Byte";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.GERMANY, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024));
  }

  public boolean inline(String mediaType) {
    return WorkspaceController.INLINE_TYPES.contains(mediaType);
  }

  public boolean image(String mediaType) {
    return mediaType != null && mediaType.startsWith("image/");
  }
}
