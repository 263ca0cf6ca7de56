package de.iserlohn.digital.mailroom.web;

import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.mailroom.intake.MailroomProperties;
import de.iserlohn.digital.mailroom.intake.ScanCheck;
import de.iserlohn.digital.mailroom.intake.ScanIntake;
import de.iserlohn.digital.platform.identity.CurrentUser;
import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.identity.OrgUnits;
import de.iserlohn.digital.platform.web.FieldError;
import de.iserlohn.digital.platform.web.FileNames;
import de.iserlohn.digital.platform.web.InvalidInputException;
import de.iserlohn.digital.platform.web.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of the mailroom (HTTP Basic, the platform's {@code /api/**} chain): Poststelle only. */
@RestController
@RequestMapping("/api/mailroom")
class MailroomController {

  static final String SOURCE_UPLOAD = "UPLOAD";

  private final ScanIntake intake;
  private final MailroomItems items;
  private final MailroomOverview overview;
  private final ScanCheck check;

  MailroomController(
      ScanIntake intake,
      MailroomItems items,
      MailroomOverview overview,
      MailroomProperties properties) {
    this.intake = intake;
    this.items = items;
    this.overview = overview;
    this.check = ScanCheck.of(properties);
  }

  /** The answer to an upload: the batch and one entry per file. */
  record BatchReceipt(UUID batchId, List<ReceivedItem> items) {}

  /**
   * One file of an upload.
   *
   * @param duplicate the same content was received before; this is the earlier item
   */
  record ReceivedItem(UUID id, String fileName, String caseNumber, boolean duplicate) {}

  /**
   * Receives a batch of scans (multipart, one or more {@code file} parts: PDF, TIFF, PNG, JPEG by
   * content). Any bad file rejects the whole batch with a message per file; nothing is stored.
   */
  @PostMapping(value = "/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  BatchReceipt upload(
      @RequestParam(value = "file", required = false) List<MultipartFile> files,
      @RequestParam(value = "scanner", required = false) String scanner,
      @RequestParam(value = "operator", required = false) String operator)
      throws IOException {
    CurrentUser user = requireMailroom();
    if (files == null || files.isEmpty()) {
      throw InvalidInputException.of("file", "Bitte mindestens eine Datei senden.");
    }
    if (scanner != null && scanner.length() > 128) {
      throw InvalidInputException.of("scanner", "Höchstens 128 Zeichen.");
    }
    List<ScanIntake.CheckedScan> scans = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (MultipartFile file : files) {
      String name = FileNames.of(file, "files", "scan");
      String sizeProblem = check.checkSize(file.getSize());
      ScanCheck.Result result =
          sizeProblem != null
              ? new ScanCheck.Result(null, 0, sizeProblem)
              : check.check(file.getBytes());
      if (result.accepted()) {
        scans.add(new ScanIntake.CheckedScan(name, file.getBytes(), result));
      } else {
        errors.add(new FieldError("file", name + ": " + result.reason()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String operatorId = operator == null || operator.isBlank() ? user.userId() : operator;
    List<ScanIntake.Recorded> recorded =
        intake.receiveBatch(SOURCE_UPLOAD, scanner, operatorId, scans, user);
    UUID batchId = recorded.get(0).item().batchId();
    return new BatchReceipt(
        batchId,
        recorded.stream()
            .map(
                r ->
                    new ReceivedItem(
                        r.item().id(), r.item().fileName(), r.item().caseNumber(), r.duplicate()))
            .toList());
  }

  /** An item's state, text length, type, unit, confidence and where it went. */
  @GetMapping("/items/{id}")
  ItemView item(@PathVariable UUID id) {
    CurrentUser user = CurrentUsers.current();
    if (!MailroomAccess.mayUse(user)) {
      throw NotFoundException.of("Posteingang", id);
    }
    return items
        .find(id)
        .map(ItemView::of)
        .orElseThrow(() -> NotFoundException.of("Posteingang", id));
  }

  /** Today's intake, unassigned items and throughput. */
  @GetMapping("/overview")
  MailroomOverview.Overview overview() {
    requireMailroom();
    return overview.today();
  }

  private static CurrentUser requireMailroom() {
    CurrentUser user = CurrentUsers.current();
    if (!MailroomAccess.mayUse(user)) {
      throw new AccessDeniedException("Nur für die Poststelle");
    }
    return user;
  }

  /** Who may use the mailroom. */
  static final class MailroomAccess {
    private MailroomAccess() {}

    static boolean mayUse(CurrentUser user) {
      return user.isMemberOf(OrgUnits.POSTSTELLE) || user.isAdmin();
    }
  }
}
