package de.iserlohn.digital.platform.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AkteRepository extends JpaRepository<Akte, UUID> {
  Optional<Akte> findByAktenzeichen(String aktenzeichen);
}

interface VorgangRepository extends JpaRepository<Vorgang, UUID> {
  Optional<Vorgang> findByCaseNumber(String caseNumber);

  @Query(
      "select v from Vorgang v where v.orgUnit in :units or v.ownerId = :userId"
          + " order by v.createdAt desc")
  Page<Vorgang> findVisible(Collection<String> units, String userId, Pageable page);

  Page<Vorgang> findAllByOrderByCreatedAtDesc(Pageable page);
}

interface DokumentRepository extends JpaRepository<Dokument, UUID> {
  List<Dokument> findByVorgangIdOrderByCreatedAt(UUID vorgangId);

  Optional<Dokument> findByVorgangIdAndContentHash(UUID vorgangId, String contentHash);

  Optional<Dokument> findByIdAndVorgangId(UUID id, UUID vorgangId);
}

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
  List<AuditEntry> findByVorgangIdOrderByOccurredAtAscIdAsc(UUID vorgangId);

  long countByVorgangIdAndAction(UUID vorgangId, AuditAction action);
}
