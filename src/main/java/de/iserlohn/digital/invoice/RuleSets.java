package de.iserlohn.digital.invoice;

import com.helger.diagnostics.error.IError;
import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.executorset.IValidationExecutorSet;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xrechnung.XRechnungValidation;
import com.helger.phive.zugferd.ZugferdValidation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * The official validation rules (XSD, EN 16931 and XRechnung schematron, ZUGFeRD) through phive.
 * The registry is built once; {@link #warmUp()} compiles every rule set used, so that no invoice
 * pays the rule compilation.
 */
final class RuleSets {

  static final String XRECHNUNG_30 = "urn:xeinkauf.de:kosit:xrechnung_3.0";
  static final String EXTENSION = "urn:xeinkauf.de:kosit:extension:xrechnung";
  static final String CVD = "urn:xeinkauf.de:kosit:xrechnung:cvd";

  /** BR-CL-13 rejects the CVD profile's code list in phive; see ADR 0021. */
  static final String CVD_DEVIATION_RULE = "BR-CL-13";

  private final ValidationExecutorSetRegistry<IValidationSourceXML> registry =
      new ValidationExecutorSetRegistry<>();

  /** Completes when the rule sets are compiled; validations wait for it instead of compiling. */
  private volatile CompletableFuture<Set<DVRCoordinate>> ready =
      CompletableFuture.completedFuture(Set.of());

  RuleSets() {
    EN16931Validation.initEN16931(registry);
    XRechnungValidation.initXRechnung(registry);
    ZugferdValidation.initZugferd(registry);
  }

  /** The rule set for an invoice, chosen by its format and CustomizationID / guideline ID. */
  DVRCoordinate select(InvoiceFormat format, String customizationId) {
    String id = customizationId == null ? "" : customizationId;
    boolean xrechnung = id.contains(XRECHNUNG_30);
    boolean extension = id.contains(EXTENSION);
    return switch (format) {
      case UBL_INVOICE ->
          xrechnung
              ? (extension
                  ? XRechnungValidation.VID_XRECHNUNG_EXTENSION_UBL_INVOICE_302
                  : XRechnungValidation.VID_XRECHNUNG_UBL_INVOICE_302)
              : EN16931Validation.VID_UBL_INVOICE_1315;
      case UBL_CREDIT_NOTE ->
          xrechnung
              ? XRechnungValidation.VID_XRECHNUNG_UBL_CREDITNOTE_302
              : EN16931Validation.VID_UBL_CREDIT_NOTE_1315;
      case CII ->
          xrechnung
              ? (extension
                  ? XRechnungValidation.VID_XRECHNUNG_EXTENSION_CII_302
                  : XRechnungValidation.VID_XRECHNUNG_CII_302)
              : EN16931Validation.VID_CII_1315;
      case ZUGFERD_PDF -> xrechnung ? XRechnungValidation.VID_XRECHNUNG_CII_302 : zugferd(id);
      case PAPER -> throw new IllegalArgumentException("A paper invoice has no rule set");
    };
  }

  /** The latest ZUGFeRD/Factur-X rule set of the profile named in the guideline ID. */
  private DVRCoordinate zugferd(String guidelineId) {
    String profile = zugferdProfile(guidelineId);
    return registry.getAll().stream()
        .map(IValidationExecutorSet::getID)
        .filter(
            v ->
                ZugferdValidation.GROUP_ID_ZUGFERD.equals(v.getGroupID())
                    && v.getArtifactID().toLowerCase(Locale.ROOT).contains(profile))
        .max(Comparator.naturalOrder())
        .orElse(EN16931Validation.VID_CII_1315);
  }

  static String zugferdProfile(String guidelineId) {
    String id = guidelineId.toLowerCase(Locale.ROOT);
    if (id.contains("extended")) {
      return "extended";
    }
    if (id.contains("basicwl") || id.contains("basic-wl")) {
      return "basicwl";
    }
    if (id.contains("basic")) {
      return "basic";
    }
    if (id.contains("minimum")) {
      return "minimum";
    }
    return "en16931";
  }

  /**
   * Compiles the rule sets on a background thread while the application starts; the first
   * validation waits for it rather than compiling the same rules a second time.
   */
  CompletableFuture<Set<DVRCoordinate>> warmUpInBackground() {
    CompletableFuture<Set<DVRCoordinate>> future = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                future.complete(warmUp());
              } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
              }
            },
            "invoice-rules-warm-up");
    thread.setDaemon(true);
    ready = future;
    thread.start();
    return future;
  }

  /**
   * Runs a rule set on the invoice (its DOM and the same XML as bytes); findings in document order
   * of the layers (XSD first, then schematron).
   */
  List<Finding> validate(DVRCoordinate ruleSet, Document dom, byte[] xml, String customizationId) {
    awaitReady();
    IValidationExecutorSet<IValidationSourceXML> ves = registry.getOfID(ruleSet);
    if (ves == null) {
      throw new IllegalStateException("Unknown rule set " + ruleSet.getAsSingleID());
    }
    ValidationResultList results =
        ValidationExecutionManager.executeValidation(
            IValidityDeterminator.createDefault(),
            ves,
            new InvoiceSource(dom, xml),
            Locale.GERMANY);
    boolean cvd = customizationId != null && customizationId.contains(CVD);
    List<Finding> findings = new ArrayList<>();
    results.forEachFlattened(error -> findings.add(toFinding(error, cvd)));
    return findings;
  }

  private static Finding toFinding(IError error, boolean cvd) {
    String ruleId = error.getErrorID() != null ? error.getErrorID() : "XSD";
    Finding.Severity severity;
    if (error.getErrorLevel().isError()) {
      severity = Finding.Severity.ERROR;
    } else if (error.getErrorLevel().isFailure()) {
      severity = Finding.Severity.WARNING;
    } else {
      severity = Finding.Severity.INFO;
    }
    String location = error.getErrorFieldName();
    if (location == null && error.hasErrorLocation()) {
      location = error.getErrorLocation().getAsString();
    }
    String message = error.getErrorText(Locale.GERMANY);
    if (cvd && CVD_DEVIATION_RULE.equals(ruleId) && severity == Finding.Severity.ERROR) {
      return new Finding(
          ruleId,
          Finding.Severity.WARNING,
          location,
          "CVD-Profil (bekannte Abweichung der phive-Regeln, ADR 0021): " + message);
    }
    return new Finding(ruleId, severity, location, message);
  }

  private void awaitReady() {
    try {
      ready.join();
    } catch (CompletionException e) {
      // a failed warm-up is logged by the caller; the rules then compile on first use
    }
  }

  /**
   * Compiles every rule set this module selects, by running each of its layers once on a stub
   * document. Returns the rule sets that were loaded.
   */
  Set<DVRCoordinate> warmUp() {
    Set<DVRCoordinate> used = new LinkedHashSet<>();
    for (InvoiceFormat format : InvoiceFormat.values()) {
      if (format == InvoiceFormat.PAPER) {
        continue;
      }
      used.add(select(format, XRECHNUNG_30));
      used.add(select(format, XRECHNUNG_30 + "#conformant#" + EXTENSION + "_3.0"));
      used.add(select(format, "urn:cen.eu:en16931:2017"));
    }
    used.add(select(InvoiceFormat.ZUGFERD_PDF, "urn:cen.eu:en16931:2017#conformant#extended"));
    for (DVRCoordinate id : used) {
      IValidationExecutorSet<IValidationSourceXML> ves = registry.getOfID(id);
      byte[] stub = stubFor(id);
      InvoiceSource source = new InvoiceSource(SafeXml.parse(stub), stub);
      for (IValidationExecutor<IValidationSourceXML> executor : ves.getAllExecutors()) {
        executor.applyValidation(source, IValidityDeterminator.createDefault(), Locale.GERMANY);
      }
    }
    return used;
  }

  private static byte[] stubFor(DVRCoordinate id) {
    String artifact = id.getArtifactID().toLowerCase(Locale.ROOT);
    String xml;
    if (artifact.contains("creditnote") || artifact.contains("credit-note")) {
      xml = "<CreditNote xmlns=\"" + InvoiceReader.UBL_CREDIT_NOTE_NS + "\"/>";
    } else if (artifact.contains("ubl")) {
      xml = "<Invoice xmlns=\"" + InvoiceReader.UBL_INVOICE_NS + "\"/>";
    } else {
      xml = "<rsm:CrossIndustryInvoice xmlns:rsm=\"" + InvoiceReader.CII_NS + "\"/>";
    }
    return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The invoice for phive: its DOM for layers that read nodes, and its checked bytes as a fresh
   * stream for every layer that takes a transform source (XSD, schematron). From a stream Saxon
   * builds its own tree for the schematron XSLT instead of walking the DOM through a wrapper; that
   * made the check about a tenth faster (docs/performance.md). The bytes passed {@link SafeXml} (no
   * DOCTYPE), so parsing them again cannot resolve anything.
   */
  record InvoiceSource(Document dom, byte[] xml) implements IValidationSourceXML {

    @Override
    public Node getNode() {
      return dom;
    }

    @Override
    public Source getAsTransformSource() {
      return new StreamSource(new ByteArrayInputStream(xml));
    }

    @Override
    public String getSystemID() {
      return null;
    }

    @Override
    public boolean isPartialSource() {
      return false;
    }

    @Override
    public String getValidationSourceTypeID() {
      return VALIDATION_SOURCE_TYPE;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(xml);
    }

    @Override
    public String getContentAsString(Charset charset) {
      return new String(xml, charset);
    }
  }
}
