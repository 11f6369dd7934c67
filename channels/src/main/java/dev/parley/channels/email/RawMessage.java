package dev.parley.channels.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reading a received message's bytes without parsing its MIME: taking off the {@code Received:}
 * header the listener put first (its time and id differ on every delivery, so a redelivery is
 * recognised by what the sender sent), and finding the Message-ID.
 */
final class RawMessage {

  /** How far into the header block the Message-ID is looked for. */
  private static final int HEADER_SCAN = 256 * 1024;

  private RawMessage() {}

  /** {@code message} without its first header field when that is a {@code Received:} field. */
  static byte[] withoutTrace(byte[] message) {
    if (!startsWithIgnoreCase(message, 0, "Received:")) {
      return message;
    }
    int i = 0;
    while (i < message.length) {
      int end = lineEnd(message, i);
      int next = end;
      if (next < message.length && message[next] == '\r') {
        next++;
      }
      if (next < message.length && message[next] == '\n') {
        next++;
      }
      // a folded field goes on while the next line starts with white space
      if (next >= message.length || (message[next] != ' ' && message[next] != '\t')) {
        return Arrays.copyOfRange(message, next, message.length);
      }
      i = next;
    }
    return new byte[0];
  }

  /** The Message-ID without angle brackets, or null: the first such field of the header block. */
  static String messageId(byte[] message) {
    int limit = Math.min(message.length, HEADER_SCAN);
    int i = 0;
    while (i < limit) {
      int end = lineEnd(message, i);
      if (end == i || (end == i + 1 && message[i] == '\r')) {
        return null; // the blank line: the header block is over
      }
      if (startsWithIgnoreCase(message, i, "Message-ID:")) {
        StringBuilder value =
            new StringBuilder(
                new String(message, i + 11, end - i - 11, StandardCharsets.ISO_8859_1));
        int next = skipEol(message, end);
        while (next < limit && (message[next] == ' ' || message[next] == '\t')) {
          int e = lineEnd(message, next);
          value.append(new String(message, next, e - next, StandardCharsets.ISO_8859_1));
          next = skipEol(message, e);
        }
        String id = value.toString().strip();
        if (id.startsWith("<") && id.contains(">")) {
          id = id.substring(1, id.indexOf('>'));
        }
        id = id.replaceAll("[\\s\\x00]", "");
        return id.isEmpty() ? null : id.substring(0, Math.min(id.length(), 998));
      }
      i = skipEol(message, end);
    }
    return null;
  }

  private static int lineEnd(byte[] m, int from) {
    int i = from;
    while (i < m.length && m[i] != '\n' && m[i] != '\r') {
      i++;
    }
    return i;
  }

  private static int skipEol(byte[] m, int at) {
    int i = at;
    if (i < m.length && m[i] == '\r') {
      i++;
    }
    if (i < m.length && m[i] == '\n') {
      i++;
    }
    return i;
  }

  private static boolean startsWithIgnoreCase(byte[] m, int at, String prefix) {
    if (m.length - at < prefix.length()) {
      return false;
    }
    String head = new String(m, at, prefix.length(), StandardCharsets.ISO_8859_1);
    return head.toLowerCase(Locale.ROOT).equals(prefix.toLowerCase(Locale.ROOT));
  }
}
