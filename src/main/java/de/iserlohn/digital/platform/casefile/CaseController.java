package de.iserlohn.digital.platform.casefile;

import de.iserlohn.digital.platform.identity.CurrentUsers;
import de.iserlohn.digital.platform.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the case file. Every call is checked and audited by the service. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Case file", description = "E-Akte: Vorgänge, documents and audit trail")
class CaseController {

  private final CaseFileManagement caseFile;

  CaseController(CaseFileManagement caseFile) {
    this.caseFile = caseFile;
  }

  @GetMapping
  @Operation(summary = "Lists the Vorgänge the caller may see, newest first")
  Page<VorgangSummary> list(@PageableDefault(size = 20) Pageable page) {
    for (Sort.Order order : page.getSort()) {
      if (!SORTABLE.contains(order.getProperty())) {
        throw InvalidInputException.of(
            "sort", "Sortiert werden kann nur nach " + String.join(", ", SORTABLE) + ".");
      }
    }
    return caseFile.list(CurrentUsers.current(), page);
  }

  /** What a list may be sorted by: the columns of the summary, nothing else of a Vorgang. */
  static final List<String> SORTABLE =
      List.of("caseNumber", "title", "caseType", "orgUnit", "status", "createdAt");

  @GetMapping("/{caseNumber}")
  @Operation(summary = "Reads a Vorgang with its documents, processes and audit trail")
  VorgangDetails read(@PathVariable String caseNumber) {
    return caseFile.read(caseNumber, CurrentUsers.current());
  }

  @GetMapping("/{caseNumber}/documents/{documentId}")
  @Operation(summary = "Downloads a document of a Vorgang")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String caseNumber, @PathVariable UUID documentId) {
    DocumentDownload download = caseFile.download(caseNumber, documentId, CurrentUsers.current());
    DokumentView document = download.document();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .contentLength(document.sizeBytes())
        .eTag('"' + document.sha256() + '"')
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new InputStreamResource(download.content()));
  }
}
