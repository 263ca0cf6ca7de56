package de.iserlohn.digital.platform.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A Vorgang (case) in an Akte. Its case number is the business key of every process instance that
 * works on it.
 */
@Entity
@Table(name = "vorgang")
class Vorgang {

  @Id private UUID id;

  @Column(name = "case_number", nullable = false, unique = true)
  private String caseNumber;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "akte_id")
  private Akte akte;

  @Column(nullable = false)
  private String title;

  @Column(name = "case_type", nullable = false)
  private String caseType;

  @Column(name = "org_unit", nullable = false)
  private String orgUnit;

  @Column(name = "owner_id")
  private String ownerId;

  /** The person or company the Vorgang is about (e.g. the applicant), if known. */
  @Column(name = "party_name")
  private String partyName;

  /** The subject of the file plan (Aktenplan) the Vorgang is filed under. */
  @Column(name = "file_plan_key", nullable = false)
  private String filePlanKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VorgangStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "retention_class", nullable = false)
  private RetentionClass retentionClass;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  /**
   * Null until the first insert: a wrapper, so that Spring Data sees a new Vorgang by it and
   * persists it instead of merging (a merge of an entity with its id already set reads the row
   * first).
   */
  @Version private Long version;

  /** The last day of retention, set when the Vorgang is closed. */
  @Column(name = "retention_end")
  private LocalDate retentionEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "archive_value")
  private ArchiveValue archiveValue;

  /** Why the Vorgang must be kept beyond its retention (e.g. a pending lawsuit); null: no hold. */
  @Column(name = "legal_hold")
  private String legalHold;

  protected Vorgang() {}

  Vorgang(
      String caseNumber,
      Akte akte,
      OpenVorgang command,
      String filePlanKey,
      Instant createdAt,
      String createdBy) {
    this.id = UUID.randomUUID();
    this.caseNumber = caseNumber;
    this.akte = akte;
    this.title = command.title();
    this.caseType = command.caseType();
    this.orgUnit = command.orgUnit();
    this.ownerId = command.ownerId();
    this.filePlanKey = filePlanKey;
    this.partyName = command.partyName();
    this.retentionClass = command.retentionClass();
    this.status = VorgangStatus.OPEN;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** Closes the Vorgang; returns false when it was closed already. */
  boolean close(Instant at) {
    if (status == VorgangStatus.CLOSED) {
      return false;
    }
    status = VorgangStatus.CLOSED;
    closedAt = at;
    return true;
  }

  /** Sets the retention end and archive value by the rule of the Vorgang's subject. */
  void applyRetention(LocalDate end, ArchiveValue value) {
    this.retentionEnd = end;
    this.archiveValue = value;
  }

  void hold(String reason) {
    this.legalHold = reason;
  }

  LocalDate retentionEnd() {
    return retentionEnd;
  }

  ArchiveValue archiveValue() {
    return archiveValue;
  }

  String legalHold() {
    return legalHold;
  }

  /** Opens a closed Vorgang again; returns false when it was open. */
  boolean reopen() {
    if (status != VorgangStatus.CLOSED) {
      return false;
    }
    status = VorgangStatus.OPEN;
    closedAt = null;
    retentionEnd = null;
    archiveValue = null;
    return true;
  }

  String partyName() {
    return partyName;
  }

  UUID id() {
    return id;
  }

  String caseNumber() {
    return caseNumber;
  }

  Akte akte() {
    return akte;
  }

  String title() {
    return title;
  }

  String caseType() {
    return caseType;
  }

  String orgUnit() {
    return orgUnit;
  }

  String ownerId() {
    return ownerId;
  }

  String filePlanKey() {
    return filePlanKey;
  }

  VorgangStatus status() {
    return status;
  }

  RetentionClass retentionClass() {
    return retentionClass;
  }

  Instant createdAt() {
    return createdAt;
  }

  String createdBy() {
    return createdBy;
  }

  Instant closedAt() {
    return closedAt;
  }
}
