package de.iserlohn.digital.mailroom.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Text of a scan with Apache Tika: the text layer of born-digital PDFs, OCR with Tesseract (German
 * and English language data, {@code tesseract} from PATH) for images and for PDF pages without
 * text. Guards: at most {@link #maxChars} characters are kept, a compression ratio or output beyond
 * Tika's secure limits aborts the parse, inline images of PDFs are not extracted one by one.
 */
public final class TextExtraction {

  /** Languages given to Tesseract. */
  public static final String OCR_LANGUAGES = "deu+eng";

  /** Resolution at which PDF pages without text are rendered for OCR. */
  public static final int OCR_DPI = 300;

  /** The baseline's parser: built once, as any application using Tika would (thread-safe). */
  private static final AutoDetectParser PLAIN_TIKA = new AutoDetectParser();

  private final Parser parser = new AutoDetectParser();
  private final int maxChars;
  private final int ocrTimeoutSeconds;

  public TextExtraction(int maxChars, int ocrTimeoutSeconds) {
    this.maxChars = maxChars;
    this.ocrTimeoutSeconds = ocrTimeoutSeconds;
  }

  /**
   * The extracted text.
   *
   * @param text the text, at most the configured number of characters
   * @param truncated whether the text was cut at that limit
   */
  public record Extracted(String text, boolean truncated) {}

  /** Thrown when the content is rejected while parsing (e.g. a decompression bomb). */
  public static final class UnsafeContentException extends RuntimeException {
    UnsafeContentException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Extracts the text of the content.
   *
   * @throws UnsafeContentException when Tika's secure limits stop the parse
   * @throws UncheckedIOException when the content cannot be parsed (the engine retries the job)
   */
  public Extracted extract(byte[] content, String mediaType) {
    BodyContentHandler body = new BodyContentHandler(maxChars);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, mediaType);
    try (TikaInputStream in = TikaInputStream.get(content)) {
      SecureContentHandler secure = new SecureContentHandler(body, in);
      secure.setMaximumCompressionRatio(200);
      secure.setMaximumDepth(100);
      try {
        parser.parse(in, secure, metadata, context());
      } catch (SAXException e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
          return new Extracted(body.toString().strip(), true);
        }
        try {
          secure.throwIfCauseOf(e);
        } catch (TikaException bomb) {
          throw new UnsafeContentException(bomb.getMessage(), bomb);
        }
        throw new IOException("Cannot parse content", e);
      }
    } catch (TikaException e) {
      if (e.getMessage() != null && e.getMessage().contains("bomb")) {
        throw new UnsafeContentException(e.getMessage(), e);
      }
      throw new UncheckedIOException(new IOException("Text extraction failed", e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Extracted(body.toString().strip(), false);
  }

  private ParseContext context() {
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setLanguage(OCR_LANGUAGES);
    ocr.setTimeoutSeconds(ocrTimeoutSeconds);
    PDFParserConfig pdf = new PDFParserConfig();
    // OCR only the pages that have (almost) no text layer
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
    pdf.setOcrDPI(OCR_DPI);
    pdf.setExtractInlineImages(false);
    ParseContext context = new ParseContext();
    context.set(TesseractOCRConfig.class, ocr);
    context.set(PDFParserConfig.class, pdf);
    context.set(Parser.class, parser);
    return context;
  }

  /** Plain Tika without the mailroom's guards and settings (the benchmark's baseline). */
  public static String plainTika(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      BodyContentHandler body = new BodyContentHandler(-1);
      ParseContext context = new ParseContext();
      TesseractOCRConfig ocr = new TesseractOCRConfig();
      ocr.setLanguage(OCR_LANGUAGES);
      context.set(TesseractOCRConfig.class, ocr);
      PDFParserConfig pdf = new PDFParserConfig();
      pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
      pdf.setOcrDPI(OCR_DPI);
      context.set(PDFParserConfig.class, pdf);
      context.set(Parser.class, PLAIN_TIKA);
      PLAIN_TIKA.parse(in, body, new Metadata(), context);
      return body.toString();
    } catch (IOException | SAXException | TikaException e) {
      throw new IllegalStateException(e);
    }
  }
}
