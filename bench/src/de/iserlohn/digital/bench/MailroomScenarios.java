package de.iserlohn.digital.bench;

import de.iserlohn.digital.mailroom.ScanDocuments;
import de.iserlohn.digital.mailroom.extraction.ScanFeatures;
import de.iserlohn.digital.mailroom.extraction.TextExtraction;
import de.iserlohn.digital.mailroom.intake.ScanCheck;
import de.iserlohn.digital.mailroom.intake.ScanIntake;
import java.util.ArrayList;
import java.util.List;

/**
 * The mailroom: pages per second (one operation = one one-page file) of the mailroom's recognition
 * pipeline (content check incl. PDF/image header parsing, SHA-256, guarded Tika extraction with
 * German OCR, feature extraction) against plain Tika extraction of the same files in the same run,
 * once for born-digital PDFs and once for scanned PNG pages (OCR).
 */
final class MailroomScenarios {

  private MailroomScenarios() {}

  static List<Scenario> all() {
    return List.of(
        new PlainTika("mailroom-tika-pdf", "application/pdf"),
        new Pipeline("mailroom-pdf", "mailroom-tika-pdf", "application/pdf"),
        new PlainTika("mailroom-tika-ocr", "image/png"),
        new Pipeline("mailroom-ocr", "mailroom-tika-ocr", "image/png"));
  }

  static List<byte[]> documents(String mediaType) {
    List<byte[]> files = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text =
          "Stadt Iserlohn Posteingang "
              + i
              + "\nAntrag auf Baumfällung an der Grünfläche\nAktenzeichen VG-2026-00010"
              + i
              + "\nMit freundlichen Grüßen";
      files.add(
          mediaType.equals("application/pdf") ? ScanDocuments.pdf(text) : ScanDocuments.png(text));
    }
    return files;
  }

  /** Baseline: Tika's AutoDetectParser, default limits, same OCR language and PDF strategy. */
  static final class PlainTika extends NamedScenario {
    private final String mediaType;
    private List<byte[]> files;

    PlainTika(String name, String mediaType) {
      super(name);
      this.mediaType = mediaType;
    }

    @Override
    public void setUp(BenchContext context) {
      files = documents(mediaType);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      String text = TextExtraction.plainTika(files.get((int) (sequence % files.size())));
      if (!text.contains("Iserlohn")) {
        throw new IllegalStateException("Text not recognised: " + text);
      }
    }
  }

  /** The mailroom's recognition of one file, as intake and "Text erkennen" do it. */
  static final class Pipeline extends NamedScenario {
    private final String mediaType;
    private List<byte[]> files;
    private TextExtraction extraction;
    private ScanCheck check;

    Pipeline(String name, String baseline, String mediaType) {
      super(name, baseline);
      this.mediaType = mediaType;
    }

    @Override
    public void setUp(BenchContext context) {
      files = documents(mediaType);
      extraction = context.bean(TextExtraction.class);
      check = new ScanCheck(20L * 1024 * 1024, 80_000_000L, 200);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      byte[] file = files.get((int) (sequence % files.size()));
      ScanCheck.Result result = check.check(file);
      if (!result.accepted()) {
        throw new IllegalStateException(result.reason());
      }
      ScanIntake.sha256(file);
      String text = extraction.extract(file, result.mediaType()).text();
      if (!ScanFeatures.of(text).keyword().equals("UMWELT")) {
        throw new IllegalStateException("Not classified: " + text);
      }
    }
  }
}
