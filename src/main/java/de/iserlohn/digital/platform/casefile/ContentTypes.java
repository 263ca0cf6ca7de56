package de.iserlohn.digital.platform.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Decides the media type of an upload from its content (Apache Tika), never from its name or the
 * type a client claims. Every module that accepts files uses this one detector, so a file is judged
 * the same way on the portal, in the mailroom and in the e-invoice intake.
 */
public final class ContentTypes {

  /** What {@link #detect} answers for content it cannot identify. */
  public static final String UNKNOWN = MediaType.OCTET_STREAM.toString();

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();

  private ContentTypes() {}

  /**
   * The media type of the content, without parameters (e.g. {@code application/pdf}); {@link
   * #UNKNOWN} for empty or unidentifiable content.
   */
  public static String detect(byte[] content) {
    if (content == null || content.length == 0) {
      return UNKNOWN;
    }
    try (InputStream in = TikaInputStream.get(content)) {
      return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
