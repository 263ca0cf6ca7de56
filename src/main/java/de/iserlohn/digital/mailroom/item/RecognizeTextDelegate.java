package de.iserlohn.digital.mailroom.item;

import static de.iserlohn.digital.mailroom.item.MailroomItemProcess.*;

import de.iserlohn.digital.mailroom.extraction.ScanFeatures;
import de.iserlohn.digital.mailroom.extraction.TextExtraction;
import de.iserlohn.digital.mailroom.intake.MailroomItem;
import de.iserlohn.digital.mailroom.intake.MailroomItems;
import de.iserlohn.digital.platform.casefile.CaseFileManagement;
import de.iserlohn.digital.platform.casefile.DocumentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Text erkennen": extracts the scan's text (Tika, OCR), keeps it with the item and sets the
 * features the classification table decides on. A case number counts as a reference only if that
 * Vorgang exists.
 */
@Component
class RecognizeTextDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecognizeTextDelegate.class);

  private final MailroomItems items;
  private final DocumentStore store;
  private final TextExtraction extraction;
  private final CaseFileManagement caseFile;

  RecognizeTextDelegate(
      MailroomItems items,
      DocumentStore store,
      TextExtraction extraction,
      CaseFileManagement caseFile) {
    this.items = items;
    this.store = store;
    this.extraction = extraction;
    this.caseFile = caseFile;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID itemId = UUID.fromString((String) execution.getVariable(VAR_ITEM_ID));
    MailroomItem item =
        items.find(itemId).orElseThrow(() -> new IllegalStateException("No item " + itemId));
    String text;
    try (InputStream in = store.open(item.sha256())) {
      text = extraction.extract(in.readAllBytes(), item.mediaType()).text();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TextExtraction.UnsafeContentException e) {
      LOG.warn("Item {}: text extraction stopped: {}", itemId, e.getMessage());
      execution.setVariable(
          VAR_ASSIGNMENT_PROBLEM, "Texterkennung abgebrochen (unsicherer Inhalt): bitte prüfen.");
      text = "";
    }
    items.recordText(itemId, text);
    // the clerks' full-text search finds the scan in every Vorgang it is filed into
    caseFile.indexText(item.sha256(), text);
    ScanFeatures features = ScanFeatures.of(text);
    String reference = features.caseNumber();
    boolean known = reference != null && caseFile.exists(reference);
    execution.setVariable(VAR_TEXT_LENGTH, text.length());
    execution.setVariable(
        VAR_TEXT_EXCERPT,
        text.length() > EXCERPT_LENGTH ? text.substring(0, EXCERPT_LENGTH) : text);
    execution.setVariable(VAR_SENDER, features.sender());
    execution.setVariable(VAR_CASE_REFERENCE, known ? reference : null);
    execution.setVariable(VAR_REFERENCE_KNOWN, known);
    execution.setVariable(VAR_KASSENZEICHEN, features.kassenzeichen());
    execution.setVariable(VAR_HAS_KASSENZEICHEN, features.kassenzeichen() != null);
    execution.setVariable(VAR_INVOICE_CUES, features.invoiceCues());
    execution.setVariable(VAR_KEYWORD, features.keyword());
  }
}
