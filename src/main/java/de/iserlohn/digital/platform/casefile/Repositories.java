package de.iserlohn.digital.platform.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

// The lookups on the filing path are JPQL strings: Hibernate caches the plan of a query string,
// while a derived query builds and translates a new criteria query on every call (about a quarter
// of an OZG submission's CPU time before, see docs/performance.md).

interface AkteRepository extends JpaRepository<Akte, UUID> {
  @Query("select a from Akte a where a.aktenzeichen = :aktenzeichen")
  Optional<Akte> findByAktenzeichen(String aktenzeichen);
}

interface VorgangRepository extends JpaRepository<Vorgang, UUID> {
  @Query("select v from Vorgang v where v.caseNumber = :caseNumber")
  Optional<Vorgang> findByCaseNumber(String caseNumber);

  @Query(
      "select v from Vorgang v where v.orgUnit in :units or v.ownerId = :userId"
          + " order by v.createdAt desc")
  Page<Vorgang> findVisible(Collection<String> units, String userId, Pageable page);

  Page<Vorgang> findAllByOrderByCreatedAtDesc(Pageable page);

  @Query(
      "select v from Vorgang v where v.orgUnit = :orgUnit and v.status = "
          + "de.iserlohn.digital.platform.casefile.VorgangStatus.CLOSED"
          + " and v.retentionEnd is null")
  List<Vorgang> findClosedWithoutRetention(String orgUnit);

  @Query(
      "select v from Vorgang v where v.orgUnit = :orgUnit and v.status = "
          + "de.iserlohn.digital.platform.casefile.VorgangStatus.CLOSED"
          + " and v.retentionEnd <= :asOf and v.legalHold is null"
          + " order by v.retentionEnd, v.caseNumber")
  List<Vorgang> findDue(String orgUnit, java.time.LocalDate asOf);
}

interface DokumentRepository extends JpaRepository<Dokument, UUID> {
  List<Dokument> findByVorgangIdOrderByCreatedAt(UUID vorgangId);

  @Query("select d from Dokument d where d.vorgangId = :vorgangId and d.contentHash = :contentHash")
  Optional<Dokument> findByVorgangIdAndContentHash(UUID vorgangId, String contentHash);

  Optional<Dokument> findByIdAndVorgangId(UUID id, UUID vorgangId);
}

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
  List<AuditEntry> findByVorgangIdOrderByOccurredAtAscIdAsc(UUID vorgangId);

  long countByVorgangIdAndAction(UUID vorgangId, AuditAction action);
}
