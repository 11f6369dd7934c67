package dev.parley.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;

/**
 * The load generator's intake posts over a fixed pool of keep-alive HTTP/1.1 connections, each with
 * its own thread doing blocking writes and reads. The JDK's {@code HttpClient} cost the generator
 * about 1 ms of CPU per post (its asynchronous machinery, not the bytes), which on a two-core
 * machine is CPU the server under test does not get; this client writes one request and reads one
 * response per round trip and nothing more. Only what the intake needs: POST with a JSON body and a
 * cookie, responses with {@code Content-Length} or chunked bodies.
 */
final class IntakeConnections implements AutoCloseable {

  /** A post's outcome: the status (0 when the connection failed) and the body or the error. */
  record Answer(int status, String body) {}

  private record Post(String cookie, String path, byte[] body, BiConsumer<Answer, Long> done) {}

  private static final Post STOP = new Post(null, null, null, null);

  private final URI base;
  private final BlockingQueue<Post> queue = new LinkedBlockingQueue<>();
  private final List<Thread> threads = new ArrayList<>();

  IntakeConnections(URI base, int connections) {
    this.base = base;
    for (int i = 0; i < connections; i++) {
      Thread t = new Thread(this::serve, "load-intake-" + i);
      t.setDaemon(true);
      t.start();
      threads.add(t);
    }
  }

  /**
   * Queues a POST of {@code json} to {@code path}; {@code done} gets the answer and the nanoTime
   * the response was read, on a connection's thread.
   */
  void post(String cookie, String path, String json, BiConsumer<Answer, Long> done) {
    queue.add(new Post(cookie, path, json.getBytes(StandardCharsets.UTF_8), done));
  }

  @Override
  public void close() {
    threads.forEach(t -> queue.add(STOP));
  }

  /** One keep-alive connection with its buffered input, used by one thread. */
  private record Connection(Socket socket, InputStream in, OutputStream out) {
    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void serve() {
    Connection c = null;
    try {
      while (true) {
        Post p = queue.take();
        if (p == STOP) {
          return;
        }
        Answer answer;
        try {
          if (c == null) {
            c = connect();
          }
          answer = exchange(c, p);
        } catch (IOException first) {
          if (c != null) {
            c.close();
          }
          c = null; // the server may have closed an idle keep-alive connection: retry once
          try {
            c = connect();
            answer = exchange(c, p);
          } catch (IOException e) {
            if (c != null) {
              c.close();
            }
            c = null;
            answer = new Answer(0, e.toString());
          }
        }
        p.done().accept(answer, System.nanoTime());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (c != null) {
        c.close();
      }
    }
  }

  private Connection connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(30_000);
    s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    return new Connection(
        s, new BufferedInputStream(s.getInputStream(), 8192), s.getOutputStream());
  }

  private Answer exchange(Connection c, Post p) throws IOException {
    String head =
        "POST "
            + base.resolve(p.path()).getRawPath()
            + " HTTP/1.1\r\n"
            + "Host: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\n"
            + "Content-Type: application/json\r\n"
            + "Accept: application/json\r\n"
            + (p.cookie() == null ? "" : "Cookie: " + p.cookie() + "\r\n")
            + "Content-Length: "
            + p.body().length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[headBytes.length + p.body().length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(p.body(), 0, request, headBytes.length, p.body().length);
    c.out().write(request);
    c.out().flush();
    return read(c.in());
  }

  static Answer read(InputStream in) throws IOException {
    String status = line(in);
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + status);
    }
    int code = Integer.parseInt(parts[1]);
    int length = -1;
    boolean chunked = false;
    for (String h = line(in); !h.isEmpty(); h = line(in)) {
      int colon = h.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Integer.parseInt(value);
      } else if (name.equals("transfer-encoding")
          && value.toLowerCase(Locale.ROOT).contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.max(length, 256));
    if (chunked) {
      for (int size = Integer.parseInt(line(in).split(";", 2)[0].trim(), 16);
          size > 0;
          size = Integer.parseInt(line(in).split(";", 2)[0].trim(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
      while (!line(in).isEmpty()) {
        // trailers
      }
    } else if (length > 0) {
      byte[] b = in.readNBytes(length);
      if (b.length < length) {
        throw new IOException("response body cut short");
      }
      body.write(b);
    } else if (length < 0) {
      throw new IOException("response without length"); // the intake always answers with a body
    }
    return new Answer(code, body.toString(StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        b.append((char) c);
      }
    }
    return b.toString();
  }
}
