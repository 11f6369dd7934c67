package dev.parley.channels.email.smtp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted SMTP/LMTP client over a raw socket, for sessions a real client would not produce
 * (pipelining, bare LF, a connection dropped mid-DATA). Every read has a timeout, so a listener
 * that does not answer fails the test instead of hanging it.
 */
final class SmtpScript implements AutoCloseable {

  /** One reply: its code and its lines (text after the code and separator). */
  record Reply(int code, List<String> lines) {
    String text() {
      return String.join("\n", lines);
    }

    @Override
    public String toString() {
      return code + " " + text();
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  private SmtpScript(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
  }

  /** Connects without reading the greeting. */
  static SmtpScript connect(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(10_000);
    return new SmtpScript(socket);
  }

  /** Connects and reads the greeting, which must be 220. */
  static SmtpScript open(int port) throws IOException {
    SmtpScript script = connect(port);
    Reply greeting = script.reply();
    if (greeting.code() != 220) {
      script.close();
      throw new IllegalStateException("greeting was " + greeting);
    }
    return script;
  }

  /** Sends a command (CRLF added) and reads its reply. */
  Reply command(String line) throws IOException {
    send(line);
    return reply();
  }

  void send(String line) throws IOException {
    raw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  void raw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Opens a transaction: EHLO (or LHLO), MAIL, one RCPT per recipient, each must be 250. */
  void envelope(String hello, String from, String... recipients) throws IOException {
    expect(250, command(hello));
    expect(250, command("MAIL FROM:<" + from + ">"));
    for (String recipient : recipients) {
      expect(250, command("RCPT TO:<" + recipient + ">"));
    }
  }

  /** DATA, then the message dot-stuffed and terminated; returns the reply to the end of data. */
  Reply data(String message) throws IOException {
    expect(354, command("DATA"));
    raw(stuffed(message));
    return reply();
  }

  /** The message as it goes on the wire: leading dots doubled, then CRLF . CRLF. */
  static byte[] stuffed(String message) {
    StringBuilder wire = new StringBuilder();
    for (String line : message.split("(?<=\r\n)")) {
      wire.append(line.startsWith(".") ? "." + line : line);
    }
    return (wire + ".\r\n").getBytes(StandardCharsets.UTF_8);
  }

  Reply reply() throws IOException {
    List<String> lines = new ArrayList<>();
    while (true) {
      String line = line();
      if (line == null) {
        throw new IOException("connection closed; reply so far: " + lines);
      }
      if (line.length() < 3) {
        throw new IOException("not a reply line: " + line);
      }
      lines.add(line.length() > 4 ? line.substring(4) : "");
      if (line.length() == 3 || line.charAt(3) == ' ') {
        return new Reply(Integer.parseInt(line.substring(0, 3)), lines);
      }
    }
  }

  /** Whether the server closed the connection (end of stream before any further byte). */
  boolean closedByServer() throws IOException {
    return in.read() < 0;
  }

  static void expect(int code, Reply reply) {
    if (reply.code() != code) {
      throw new AssertionError("expected " + code + " but the reply was " + reply);
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        String text = line.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
      }
      line.write(b);
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
