package de.iserlohn.digital.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Files an attacker sends: decompression bombs and the like, made in milliseconds. */
public final class HostileFiles {

  private HostileFiles() {}

  /**
   * zlib data that inflates to {@code megabytes} MiB of zeros, about a thousandth of that in size:
   * one deflate block of 1 MiB zeros (its back-references only reach into zeros) repeated.
   */
  public static byte[] deflatedZeros(int megabytes) {
    byte[] zeros = new byte[1 << 20];
    Deflater deflater = new Deflater(9);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    deflater.setInput(zeros);
    drain(deflater, out, buffer);
    deflater.setInput(zeros);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    drain(deflater, block, buffer);
    byte[] repeated = block.toByteArray();
    for (int i = 1; i < megabytes; i++) {
      out.writeBytes(repeated);
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
    int n;
    do {
      n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
      out.write(buffer, 0, n);
    } while (n == buffer.length || !deflater.needsInput());
  }

  /** A ZUGFeRD-looking PDF whose embedded {@code factur-x.xml} inflates to 1 GiB. */
  public static byte[] zugferdBomb() {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      PDEmbeddedFile file = new PDEmbeddedFile(document.getDocument().createCOSStream());
      writeDeflated(file.getCOSObject(), deflatedZeros(1024));
      file.setSubtype("text/xml");
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("factur-x.xml");
      spec.setFileUnicode("factur-x.xml");
      spec.setEmbeddedFile(file);
      spec.setEmbeddedFileUnicode(file);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(Map.of("factur-x.xml", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      document.getDocumentCatalog().setNames(names);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-page PDF whose page content stream inflates to 1 GiB (a scan for the mailroom). */
  public static byte[] pdfBomb() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      PDStream contents = new PDStream(document);
      writeDeflated(contents.getCOSObject(), deflatedZeros(1024));
      page.setContents(contents);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PNG header claiming 100,000 x 100,000 pixels (a pixel bomb), with a tiny image body. */
  public static byte[] pixelBombPng() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 0).put((byte) 0);
    header.put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", header.array());
    chunk(out, "IDAT", deflatedZeros(1));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static void writeDeflated(COSStream stream, byte[] deflated) throws IOException {
    try (OutputStream raw = stream.createRawOutputStream()) {
      raw.write(deflated);
    }
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
