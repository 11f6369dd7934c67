package dev.parley.load.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mail server the acknowledgements go to during a rate run: it speaks just enough SMTP to take
 * a message (greeting, EHLO/HELO, MAIL, RCPT, DATA to the lone dot, RSET, NOOP, QUIT), counts it
 * and throws it away. The tests that check what Parley sends capture it with GreenMail; here the
 * sink only has to be cheap, because it shares the machine's cores with the server it measures
 * (GreenMail parses and keeps every message it takes). Loopback only.
 */
final class CountingSmtpSink implements AutoCloseable {

  private final ServerSocket server;
  private final ExecutorService sessions = Executors.newCachedThreadPool();
  private final AtomicInteger received = new AtomicInteger();

  CountingSmtpSink(int port) throws IOException {
    server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    sessions.submit(this::accept);
  }

  /** Messages taken so far (each answered 250 after its data). */
  int received() {
    return received.get();
  }

  private Void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        sessions.submit(() -> session(s));
      } catch (IOException e) {
        // closed
      }
    }
    return null;
  }

  private Void session(Socket socket) {
    try (socket) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      answer(out, "220 sink.load.example ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.length() < 4 ? line : line.substring(0, 4);
        switch (verb.toUpperCase(Locale.ROOT)) {
          case "EHLO" -> answer(out, "250-sink.load.example\r\n250 8BITMIME");
          case "DATA" -> {
            answer(out, "354 end with a lone dot");
            String data;
            while ((data = in.readLine()) != null && !data.equals(".")) {
              // thrown away
            }
            if (data == null) {
              return null;
            }
            received.incrementAndGet();
            answer(out, "250 taken");
          }
          case "QUIT" -> {
            answer(out, "221 bye");
            return null;
          }
          default -> answer(out, "250 ok"); // HELO, MAIL, RCPT, RSET, NOOP
        }
      }
    } catch (IOException e) {
      // the sender went away
    }
    return null;
  }

  private static void answer(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    sessions.shutdownNow();
  }
}
