package dev.parley.conversation.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The accepted attachment types, recognised by their first bytes (never by the file's name): PNG,
 * JPEG, GIF, WebP and PDF.
 */
final class ContentTypes {
  /** How many leading bytes {@link #detect} needs. */
  static final int HEAD = 12;

  /** Declared types kept as they are for a channel's files (others: octet-stream). */
  private static final Set<String> SHOWN =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/pdf",
          "text/plain",
          "text/csv",
          "text/calendar",
          "application/zip",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "message/rfc822");

  private ContentTypes() {}

  /**
   * The type a channel's file is kept as: {@code declared} (without parameters, lower case) when it
   * is a harmless one, else {@code application/octet-stream} — never HTML, SVG or script.
   */
  static String shown(String declared) {
    String bare = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return SHOWN.contains(bare) ? bare : "application/octet-stream";
  }

  static Optional<String> detect(byte[] head, int length) {
    if (starts(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(head, length, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (starts(head, length, 'R', 'I', 'F', 'F')
        && length >= 12
        && head[8] == 'W'
        && head[9] == 'E'
        && head[10] == 'B'
        && head[11] == 'P') {
      return Optional.of("image/webp");
    }
    if (starts(head, length, '%', 'P', 'D', 'F', '-')) {
      return Optional.of("application/pdf");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] head, int length, int... expected) {
    if (length < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
