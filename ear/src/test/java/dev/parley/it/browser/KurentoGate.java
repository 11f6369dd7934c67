package dev.parley.it.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between the Parley server and a real Kurento Media Server, so a test can
 * take Kurento away and bring it back as a stopped and restarted KMS would look to Parley: {@link
 * #shut()} closes every relayed connection and refuses new ones (connection refused), {@link
 * #open()} accepts again on the same port. Only Kurento's control connection (JSON-RPC over
 * WebSocket) passes here; the media flows between the browsers and KMS directly.
 */
final class KurentoGate implements AutoCloseable {

  private final URI kurento;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private int port;
  private volatile ServerSocket server;

  /** A gate to {@code kurento} (its {@code ws://host:port/path}), open on a free local port. */
  KurentoGate(URI kurento) {
    this.kurento = kurento;
    open();
  }

  /** The URL Parley connects to: Kurento's, through the gate. */
  String url() {
    return "ws://127.0.0.1:" + port + kurento.getRawPath();
  }

  /** Accepts connections (again, on the same port). */
  synchronized void open() {
    if (server != null) {
      return;
    }
    try {
      ServerSocket listening = new ServerSocket();
      listening.setReuseAddress(true);
      listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      port = listening.getLocalPort();
      server = listening;
      daemon("kurento-gate", () -> accept(listening));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes every connection through the gate and refuses new ones. */
  synchronized void shut() {
    if (server == null) {
      return;
    }
    closeQuietly(server);
    server = null;
    sockets.forEach(KurentoGate::closeQuietly);
    sockets.clear();
  }

  @Override
  public void close() {
    shut();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      Socket parley;
      try {
        parley = listening.accept();
      } catch (IOException e) {
        continue; // closed by shut()
      }
      try {
        Socket kms = new Socket(kurento.getHost(), kurento.getPort());
        sockets.add(parley);
        sockets.add(kms);
        pump(parley, kms);
        pump(kms, parley);
      } catch (IOException e) {
        closeQuietly(parley); // Kurento itself refused
      }
    }
  }

  private void pump(Socket from, Socket to) {
    daemon(
        "kurento-gate-pump",
        () -> {
          try (InputStream in = from.getInputStream();
              OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
          } catch (IOException e) {
            // one side went away
          } finally {
            closeQuietly(from);
            closeQuietly(to);
          }
        });
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing anyway
    }
  }
}
