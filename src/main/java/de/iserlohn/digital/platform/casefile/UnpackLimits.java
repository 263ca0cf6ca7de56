package de.iserlohn.digital.platform.casefile;

import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * How large a file may become when the platform unpacks it (ADR 0012). The upload limits count the
 * bytes that arrive; a deflated stream of a PDF (an embedded invoice, a page, an image, an object
 * or cross-reference stream) can grow a thousandfold when a library decodes it, all in memory.
 * {@link #checkPdf} measures every deflated stream of a PDF by inflating it into nothing, before
 * any PDF library reads the file, and refuses the file quickly when a stream or all of them
 * together exceed the limits.
 */
public final class UnpackLimits {

  /** Most bytes one stream of a PDF may inflate to. */
  public static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;

  /** Most bytes all streams of a PDF together may inflate to. */
  public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

  private UnpackLimits() {}

  /** Thrown when unpacking a file would exceed a limit; answered with 413. */
  public static final class LimitExceededException extends RuntimeException {
    public LimitExceededException(String message) {
      super(message);
    }
  }

  /**
   * Checks the inflated size of every deflated stream of a PDF against {@link #MAX_STREAM_BYTES}
   * and {@link #MAX_TOTAL_BYTES}; streams that are not deflated are as large as they arrive.
   *
   * @throws LimitExceededException with a German message for the sender
   */
  public static void checkPdf(byte[] pdf) {
    checkPdf(pdf, MAX_STREAM_BYTES, MAX_TOTAL_BYTES);
  }

  static void checkPdf(byte[] pdf, long maxStream, long maxTotal) {
    long total = 0;
    byte[] sink = new byte[64 * 1024];
    for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + 1)) {
      int data = dataStart(pdf, at + STREAM.length);
      if (data < 0) {
        continue;
      }
      long inflated = inflatedSize(pdf, data, maxStream + 1, sink);
      if (inflated > maxStream) {
        throw new LimitExceededException(
            "Die Datei enthält einen komprimierten Inhalt, der entpackt größer als %d MB wäre;"
                    .formatted(maxStream / (1024 * 1024))
                + " sie wird nicht angenommen.");
      }
      total += inflated;
      if (total > maxTotal) {
        throw new LimitExceededException(
            "Die Datei würde entpackt größer als %d MB; sie wird nicht angenommen."
                .formatted(maxTotal / (1024 * 1024)));
      }
    }
  }

  /** Where the data of a stream begins: after "stream" and its end of line; -1 if not a stream. */
  private static int dataStart(byte[] pdf, int after) {
    if (after < pdf.length && pdf[after] == '\r') {
      after++;
    }
    if (after < pdf.length && pdf[after] == '\n') {
      return after + 1;
    }
    return -1;
  }

  /** Bytes the zlib data at {@code from} inflates to, counted up to {@code cap}; 0 if not zlib. */
  private static long inflatedSize(byte[] pdf, int from, long cap, byte[] sink) {
    Inflater inflater = new Inflater();
    long size = 0;
    try {
      inflater.setInput(pdf, from, pdf.length - from);
      while (!inflater.finished() && size < cap) {
        int n = inflater.inflate(sink);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        size += n;
      }
      return size;
    } catch (DataFormatException endOfDeflatedData) {
      // not deflated at all (0), or broken after some bytes: they count all the same
      return size;
    } finally {
      inflater.end();
    }
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
