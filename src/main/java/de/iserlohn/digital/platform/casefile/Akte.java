package de.iserlohn.digital.platform.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An Akte (file) groups the Vorgänge of one subject, e.g. an org unit's cases of a kind per year.
 */
@Entity
@Table(name = "akte")
class Akte {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String aktenzeichen;

  @Column(nullable = false)
  private String title;

  @Column(name = "org_unit", nullable = false)
  private String orgUnit;

  @Enumerated(EnumType.STRING)
  @Column(name = "retention_class", nullable = false)
  private RetentionClass retentionClass;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected Akte() {}

  Akte(
      String aktenzeichen,
      String title,
      String orgUnit,
      RetentionClass retentionClass,
      Instant createdAt,
      String createdBy) {
    this.id = UUID.randomUUID();
    this.aktenzeichen = aktenzeichen;
    this.title = title;
    this.orgUnit = orgUnit;
    this.retentionClass = retentionClass;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  UUID id() {
    return id;
  }

  String aktenzeichen() {
    return aktenzeichen;
  }

  String title() {
    return title;
  }

  String orgUnit() {
    return orgUnit;
  }
}
