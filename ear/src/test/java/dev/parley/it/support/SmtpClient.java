package dev.parley.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plain SMTP client for the tests: one session per message (EHLO, MAIL, RCPT, DATA), the bytes
 * dot-stuffed as RFC 5321 says; answers the reply to the end of DATA (or the first refusal).
 */
public final class SmtpClient {

  private final String host;
  private final int port;

  public SmtpClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** The final reply line (e.g. {@code 250 2.0.0 ...}) for sending {@code message}. */
  public String send(String from, List<String> to, String message) {
    return send(from, to, message.getBytes(StandardCharsets.UTF_8));
  }

  /** As {@link #send(String, List, String)}, the message's bytes as they are (8-bit too). */
  public String send(String from, List<String> to, byte[] message) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      String reply = reply(in);
      if (!reply.startsWith("220")) {
        return reply;
      }
      reply = command(in, out, "EHLO tests.example.org");
      if (!reply.startsWith("250")) {
        return reply;
      }
      reply = command(in, out, "MAIL FROM:<" + from + ">");
      if (!reply.startsWith("250")) {
        return reply;
      }
      for (String r : to) {
        reply = command(in, out, "RCPT TO:<" + r + ">");
        if (!reply.startsWith("250")) {
          return reply;
        }
      }
      reply = command(in, out, "DATA");
      if (!reply.startsWith("354")) {
        return reply;
      }
      java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
      int start = 0;
      for (int i = 0; i <= message.length; i++) {
        if (i == message.length || message[i] == '\n') {
          int end = i > start && message[i - 1] == '\r' ? i - 1 : i;
          if (i == message.length && start == message.length) {
            break;
          }
          if (end > start && message[start] == '.') {
            data.write('.');
          }
          data.write(message, start, end - start);
          data.write('\r');
          data.write('\n');
          start = i + 1;
        }
      }
      data.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
      out.write(data.toByteArray());
      out.flush();
      String done = reply(in);
      command(in, out, "QUIT");
      return done;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String command(BufferedReader in, OutputStream out, String line)
      throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return reply(in);
  }

  /** The last line of a (possibly multi-line) reply. */
  private static String reply(BufferedReader in) throws IOException {
    String line;
    do {
      line = in.readLine();
      if (line == null) {
        return "closed";
      }
    } while (line.length() > 3 && line.charAt(3) == '-');
    return line;
  }
}
