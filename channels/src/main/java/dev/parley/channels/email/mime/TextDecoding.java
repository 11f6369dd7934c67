package dev.parley.channels.email.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.james.mime4j.util.CharsetUtil;

/**
 * Bytes to text when the declared charset cannot be trusted. Real mail lies about its charset in a
 * few common ways: 8-bit text declared (or defaulted to) US-ASCII, Windows text declared UTF-8,
 * UTF-8 declared ISO-8859-1, and charsets nobody knows. The rule: use the declared charset when the
 * bytes are valid in it; otherwise UTF-8 when they are valid UTF-8, else windows-1252 (which maps
 * every byte, so nothing is lost); and say so.
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The superset mailers really mean by a legacy name (what browsers do too): GB2312 mail carries
   * GBK characters, EUC-KR mail Windows-949 ones, and ISO-8859-1 mail Windows quotes and dashes.
   */
  static final Map<Charset, Charset> SUPERSETS =
      Map.of(
          Charset.forName("GB2312"),
          Charset.forName("GBK"),
          Charset.forName("EUC-KR"),
          Charset.forName("x-windows-949"),
          StandardCharsets.ISO_8859_1,
          WINDOWS_1252);

  private TextDecoding() {}

  /** Decodes {@code bytes} declared as {@code declared} (null: none), noting any repair. */
  static String decode(byte[] bytes, String declared, String where, Problems problems) {
    if (isAscii(bytes)) {
      // Every charset mail uses is an ASCII superset except the ISO-2022 family and UTF-16/32,
      // whose pure-ASCII-looking bytes must still go through their decoder (escape sequences).
      Charset charset = declared == null ? null : CharsetUtil.lookup(declared.trim());
      return charset == null
          ? new String(bytes, StandardCharsets.US_ASCII)
          : decodeOrNull(bytes, charset, bytes);
    }
    if (declared == null || declared.isBlank()) {
      return guess(bytes, where + " has 8-bit bytes but no charset", problems);
    }
    Charset charset = superset(CharsetUtil.lookup(declared.trim()));
    if (charset == null) {
      problems.flag("unknown charset \"" + declared.trim() + "\" in " + where + guessSuffix(bytes));
      return guess(bytes, null, problems);
    }
    if (charset.equals(StandardCharsets.US_ASCII)) {
      return guess(bytes, where + " is declared US-ASCII but has 8-bit bytes", problems);
    }
    boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(WINDOWS_1252);
    if (latin1 && isUtf8(bytes)) {
      problems.note(where + " is declared " + declared.trim() + " but is UTF-8; read as UTF-8");
      return new String(bytes, StandardCharsets.UTF_8);
    }
    String strict = decodeOrNull(bytes, charset, null);
    if (strict != null) {
      return strict;
    }
    return guess(bytes, where + " is not valid " + charset.name(), problems);
  }

  /**
   * Header bytes outside US-ASCII (RFC 6532 allows UTF-8; old mailers send their local charset).
   */
  static String decodeHeader(byte[] bytes, String name, Problems problems) {
    if (isAscii(bytes)) {
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    return guess(bytes, "8-bit bytes in header " + name, problems);
  }

  private static Charset superset(Charset declared) {
    return declared == null ? null : SUPERSETS.getOrDefault(declared, declared);
  }

  private static String guess(byte[] bytes, String what, Problems problems) {
    boolean utf8 = isUtf8(bytes);
    if (what != null) {
      problems.note(what + "; read as " + (utf8 ? "UTF-8" : "windows-1252"));
    }
    return new String(bytes, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
  }

  private static String guessSuffix(byte[] bytes) {
    return "; read as " + (isUtf8(bytes) ? "UTF-8" : "windows-1252");
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean isUtf8(byte[] bytes) {
    return decodeOrNull(bytes, StandardCharsets.UTF_8, null) != null;
  }

  /** Strict decoding; {@code fallback} (decoded leniently) or null when the bytes are invalid. */
  private static String decodeOrNull(byte[] bytes, Charset charset, byte[] fallback) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException | UnsupportedOperationException e) {
      return fallback == null ? null : new String(fallback, StandardCharsets.US_ASCII);
    }
  }
}
