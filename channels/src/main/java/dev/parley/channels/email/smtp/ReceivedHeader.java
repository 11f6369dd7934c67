package dev.parley.channels.email.smtp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The trace header Parley puts first in every stored message (RFC 5321 4.4): who handed it over
 * (HELO name and address), to whom, by which protocol, when.
 */
final class ReceivedHeader {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private ReceivedHeader() {}

  static byte[] of(Envelope envelope, String by, String with, String id) {
    StringBuilder header = new StringBuilder(256);
    header
        .append("Received: from ")
        .append(printable(envelope.helo()))
        .append(" (")
        .append(literal(envelope.remote().getAddress()))
        .append(")\r\n\tby ")
        .append(by)
        .append(" (Parley) with ")
        .append(with)
        .append(" id ")
        .append(printable(id));
    if (envelope.recipients().size() == 1) {
      header.append("\r\n\tfor <").append(printable(envelope.recipients().get(0))).append('>');
    }
    header.append("; ").append(DATE.format(envelope.receivedAt())).append("\r\n");
    return header.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** The address literal of RFC 5321 4.1.3. */
  private static String literal(InetAddress address) {
    return address instanceof Inet6Address
        ? "[IPv6:" + address.getHostAddress() + "]"
        : "[" + address.getHostAddress() + "]";
  }

  /** What a client said, made safe for a header: visible ASCII only, at most 100 characters. */
  static String printable(String text) {
    StringBuilder safe = new StringBuilder(Math.min(text.length(), 100));
    for (int i = 0; i < text.length() && safe.length() < 100; i++) {
      char c = text.charAt(i);
      safe.append(c > ' ' && c < 127 && c != '(' && c != ')' ? c : '?');
    }
    return safe.isEmpty() ? "unknown" : safe.toString();
  }
}
