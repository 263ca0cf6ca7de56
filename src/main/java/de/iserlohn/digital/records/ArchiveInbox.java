package de.iserlohn.digital.records;

import de.iserlohn.digital.records.xdomea.InboundMessage;
import de.iserlohn.digital.records.xdomea.Xdomea;
import de.iserlohn.digital.records.xdomea.XdomeaException;
import de.iserlohn.digital.records.xdomea.XdomeaReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the archive's messages from the drop folder: each content once (a second delivery of the
 * same bytes is recognised by its SHA-256 and ignored), routed by its header (ProzessID and type)
 * to the Aussonderung waiting for it. The content is checked against the schema by the process step
 * that applies it, so a malformed message becomes a refusal in the process, never a half applied
 * one. A file that is no xdomea message at all, or that no Aussonderung waits for, is kept with its
 * reason and logged.
 */
@Service
public class ArchiveInbox {

  private static final Logger log = LoggerFactory.getLogger(ArchiveInbox.class);
  static final int MAX_BYTES = 1_000_000;

  enum Status {
    CORRELATED,
    RECORDED,
    IGNORED,
    REFUSED
  }

  private static final Map<String, String> MESSAGES =
      Map.of(
          Xdomea.EVALUATION, RecordsDisposalProcess.MSG_EVALUATION,
          Xdomea.IMPORT_CONFIRMED, RecordsDisposalProcess.MSG_IMPORT_CONFIRMED);

  private final ArchiveDropFolder folder;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ArchiveInbox(
      ArchiveDropFolder folder,
      RuntimeService runtime,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      Clock clock) {
    this.folder = folder;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Reads every file in the inbox; returns how many were new. */
  public int poll() {
    int read = 0;
    for (Path file : folder.incoming()) {
      Boolean isNew = transactions.execute(tx -> receive(file));
      folder.markRead(file);
      if (Boolean.TRUE.equals(isNew)) {
        read++;
      }
    }
    return read;
  }

  /** The stored content of a received message. */
  byte[] content(String sha256) {
    return jdbc.queryForObject(
            "select content from records_inbox where sha256 = ?", String.class, sha256)
        .getBytes(StandardCharsets.UTF_8);
  }

  private boolean receive(Path file) {
    byte[] content = read(file);
    String sha = sha256(content);
    Integer seen =
        jdbc.queryForObject(
            "select count(*) from records_inbox where sha256 = ?", Integer.class, sha);
    if (seen != null && seen > 0) {
      log.info("Archive message {} delivered again (same content): ignored", file.getFileName());
      return false;
    }
    InboundMessage head = null;
    Status status;
    String detail;
    if (content.length > MAX_BYTES) {
      status = Status.REFUSED;
      detail = "Nachricht größer als " + MAX_BYTES + " Bytes.";
      content = new byte[0];
    } else {
      try {
        head = XdomeaReader.header(content);
        String message = MESSAGES.get(head.type());
        if (message == null) {
          status = Status.RECORDED;
          detail = "Nachricht " + head.type() + " verzeichnet.";
        } else if (waiting(message, head.processId())) {
          correlate(message, head, sha, file, content);
          status = Status.CORRELATED;
          detail = null;
        } else {
          status = Status.IGNORED;
          detail = "Keine Aussonderung wartet auf diese Nachricht.";
        }
      } catch (XdomeaException e) {
        status = Status.REFUSED;
        detail = e.getMessage();
      }
    }
    if (status != Status.CORRELATED) {
      insert(sha, head, file, status, detail, content);
      log.warn("Archive message {}: {} ({})", file.getFileName(), status, detail);
    }
    return true;
  }

  private boolean waiting(String message, String processId) {
    return runtime
            .createExecutionQuery()
            .messageEventSubscriptionName(message)
            .processVariableValueEquals(RecordsDisposalProcess.VAR_XDOMEA_PROCESS_ID, processId)
            .count()
        > 0;
  }

  private void correlate(
      String message, InboundMessage head, String sha, Path file, byte[] content) {
    // stored first: the process step that applies the message reads it
    insert(sha, head, file, Status.CORRELATED, null, content);
    runtime
        .createMessageCorrelation(message)
        .processInstanceVariableEquals(
            RecordsDisposalProcess.VAR_XDOMEA_PROCESS_ID, head.processId())
        .setVariable(RecordsDisposalProcess.VAR_INBOX_MESSAGE, sha)
        .correlateWithResult();
  }

  private void insert(
      String sha, InboundMessage head, Path file, Status status, String detail, byte[] content) {
    jdbc.update(
        "insert into records_inbox (sha256, process_id, message_type, file_name, received_at,"
            + " status, detail, content) values (?, ?, ?, ?, ?, ?, ?, ?)",
        sha,
        head == null ? null : head.processId(),
        head == null ? null : head.type(),
        file.getFileName().toString(),
        Timestamp.from(clock.instant()),
        status.name(),
        detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)),
        new String(content, StandardCharsets.UTF_8));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
