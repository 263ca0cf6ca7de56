package de.iserlohn.digital.platform.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: who did what with which Vorgang or document, and when. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditAction action;

  @Column(name = "vorgang_id")
  private UUID vorgangId;

  @Column(name = "dokument_id")
  private UUID dokumentId;

  @Column(length = 1000)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      UUID vorgangId,
      UUID dokumentId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.vorgangId = vorgangId;
    this.dokumentId = dokumentId;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  AuditView view() {
    return new AuditView(occurredAt, actor, action, dokumentId, detail);
  }
}
