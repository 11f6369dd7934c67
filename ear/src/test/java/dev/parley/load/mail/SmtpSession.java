package dev.parley.load.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One SMTP connection sending many messages, as a mail server relaying a burst does (a MAIL
 * transaction per message on the same connection). Not thread-safe.
 */
final class SmtpSession implements AutoCloseable {

  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;

  SmtpSession(String host, int port) throws IOException {
    socket = new Socket(host, port);
    socket.setSoTimeout(60_000);
    in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    out = socket.getOutputStream();
    expect(reply(), "220");
    expect(command("EHLO load.example.org"), "250");
  }

  /** Sends one message (lines without leading dots); answers the final reply line. */
  String send(String from, String to, String message) throws IOException {
    String r = command("MAIL FROM:<" + from + ">");
    if (!r.startsWith("250")) {
      return r;
    }
    r = command("RCPT TO:<" + to + ">");
    if (!r.startsWith("250")) {
      command("RSET");
      return r;
    }
    r = command("DATA");
    if (!r.startsWith("354")) {
      return r;
    }
    out.write(
        (message.replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n.\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.flush();
    return reply();
  }

  private String command(String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return reply();
  }

  private String reply() throws IOException {
    String line;
    do {
      line = in.readLine();
      if (line == null) {
        throw new IOException("connection closed");
      }
    } while (line.length() > 3 && line.charAt(3) == '-');
    return line;
  }

  private static void expect(String reply, String code) throws IOException {
    if (!reply.startsWith(code)) {
      throw new IOException("expected " + code + ", got " + reply);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      command("QUIT");
    } catch (IOException e) {
      // closing anyway
    }
    socket.close();
  }
}
