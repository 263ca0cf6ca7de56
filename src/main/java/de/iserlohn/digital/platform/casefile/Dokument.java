package de.iserlohn.digital.platform.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** A document in a Vorgang: metadata here, the bytes in the {@link DocumentStore} by hash. */
@Entity
@Table(name = "dokument")
class Dokument implements Persistable<UUID> {

  @Id private UUID id;

  /**
   * Whether the row exists: the id is set in the constructor, so without this Spring Data would
   * merge a new document (a read of the row before the insert) instead of persisting it.
   */
  @Transient private boolean stored;

  @Column(name = "vorgang_id", nullable = false)
  private UUID vorgangId;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "document_type", nullable = false)
  private String documentType;

  @Column(name = "org_unit", nullable = false)
  private String orgUnit;

  @Enumerated(EnumType.STRING)
  @Column(name = "retention_class", nullable = false)
  private RetentionClass retentionClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_channel", nullable = false)
  private SourceChannel sourceChannel;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected Dokument() {}

  @PostLoad
  @PostPersist
  void markStored() {
    stored = true;
  }

  @Override
  public UUID getId() {
    return id;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  Dokument(
      Vorgang vorgang,
      NewDokument meta,
      DocumentStore.StoredContent content,
      Instant createdAt,
      String createdBy) {
    this.id = UUID.randomUUID();
    this.vorgangId = vorgang.id();
    this.contentHash = content.sha256();
    this.sizeBytes = content.size();
    this.fileName = meta.fileName();
    this.mediaType = meta.mediaType();
    this.documentType = meta.documentType();
    this.sourceChannel = meta.sourceChannel();
    this.orgUnit = meta.orgUnit() != null ? meta.orgUnit() : vorgang.orgUnit();
    this.retentionClass =
        meta.retentionClass() != null ? meta.retentionClass() : vorgang.retentionClass();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  DokumentView view() {
    return new DokumentView(
        id,
        fileName,
        mediaType,
        sizeBytes,
        contentHash,
        documentType,
        orgUnit,
        retentionClass,
        sourceChannel,
        createdAt,
        createdBy);
  }

  UUID id() {
    return id;
  }

  String contentHash() {
    return contentHash;
  }

  String orgUnit() {
    return orgUnit;
  }
}
