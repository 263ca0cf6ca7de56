package de.iserlohn.digital.ozg.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access codes of anonymous applicants: 12 characters from an alphabet without look-alikes (about
 * 60 bits), shown as {@code ABCD-EFGH-JKLM}. Only a hash bound to the case number is stored; checks
 * compare in constant time.
 */
public final class AccessCodes {

  static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  /**
   * @param secret the key of derived codes (idempotent submissions); blank: a random key
   */
  public AccessCodes(String secret) {
    if (secret == null || secret.isBlank()) {
      key = new byte[32];
      RANDOM.nextBytes(key);
    } else {
      key = secret.getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * The configured key, or (outside production, where a key is required) a random key kept in
   * {@code <dataDir>/secrets/ozg-access-codes.key}, made on the first start: a replay after a
   * restart or a crash derives the same code as the first answer.
   */
  static AccessCodes of(String secret, Path dataDir) {
    if (secret != null && !secret.isBlank()) {
      return new AccessCodes(secret);
    }
    Path file = dataDir.resolve("secrets").resolve("ozg-access-codes.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
        Files.writeString(temporary, HexFormat.of().formatHex(fresh));
        try {
          Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
          Files.deleteIfExists(temporary);
        }
      }
      return new AccessCodes(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the access-code key in " + file, e);
    }
  }

  /** A fresh random code. */
  public String random() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return format(bytes);
  }

  /**
   * The code of an idempotent submission, derived from the case number and the client's key, so
   * that a retried request gets the same answer without the code being stored.
   */
  public String derived(String caseNumber, String idempotencyKey) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return format(
          mac.doFinal((caseNumber + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The stored hash of a case's code. */
  public static String hash(String caseNumber, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(
              sha.digest((caseNumber + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the code belongs to the case (constant-time comparison of the hashes). */
  public static boolean matches(String caseNumber, String code, String storedHash) {
    if (code == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(caseNumber, code).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  static String normalize(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static String format(byte[] bytes) {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt((bytes[i] & 0xFF) % ALPHABET.length()));
    }
    return code.toString();
  }
}
