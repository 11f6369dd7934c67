package dev.parley.channels.email.smtp;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.apache.james.protocols.netty.Encryption;

/**
 * The SMTP listener and, when configured, the LMTP listener, both handing what they receive to one
 * {@link MailDrop}. Started with {@link #start}; {@link #stop} closes the sockets and the event
 * loops (threads {@code parley-smtp-*}). Holds no static state: a test or the start-up bean may run
 * several.
 *
 * <p>{@link MailDrop#drop} runs on the connection's event-loop thread and holds it until the
 * message is committed; {@code ioThreads} is therefore also how many messages can be being stored
 * at once.
 */
public final class MailListener implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MailListener.class.getName());

  private final EventLoopGroup accept;
  private final EventLoopGroup io;
  private final NettyListener smtp;
  private final NettyListener lmtp;
  private final OpenConnections connections;

  private MailListener(
      EventLoopGroup accept,
      EventLoopGroup io,
      NettyListener smtp,
      NettyListener lmtp,
      OpenConnections connections) {
    this.accept = accept;
    this.io = io;
    this.smtp = smtp;
    this.lmtp = lmtp;
    this.connections = connections;
  }

  /**
   * Binds the listeners with the system clock; returns once they accept connections.
   *
   * @throws IllegalArgumentException when the TLS keystore cannot be read
   * @throws IllegalStateException when a port cannot be bound
   */
  public static MailListener start(ListenerSettings settings, MailDrop drop) {
    return start(settings, drop, Clock.systemUTC());
  }

  /**
   * Binds the listeners with threads of its own (daemon threads {@code parley-smtp-*}).
   *
   * @param clock the time of Received headers, envelopes and the rate limit
   */
  public static MailListener start(ListenerSettings settings, MailDrop drop, Clock clock) {
    return start(
        settings,
        drop,
        clock,
        new DefaultThreadFactory("parley-smtp-accept", true),
        new DefaultThreadFactory("parley-smtp-io", true));
  }

  /**
   * Binds the listeners on threads from {@code threads} — in the container, its {@code
   * ManagedThreadFactory} — renamed {@code parley-smtp-accept-n} and {@code parley-smtp-io-n}.
   */
  public static MailListener start(
      ListenerSettings settings, MailDrop drop, Clock clock, ThreadFactory threads) {
    return start(
        settings,
        drop,
        clock,
        named(threads, "parley-smtp-accept-"),
        named(threads, "parley-smtp-io-"));
  }

  private static MailListener start(
      ListenerSettings settings,
      MailDrop drop,
      Clock clock,
      ThreadFactory acceptThreads,
      ThreadFactory ioThreads) {
    Objects.requireNonNull(drop, "drop");
    Objects.requireNonNull(clock, "clock");
    Encryption startTls = settings.tls().map(StartTlsContext::load).orElse(null);
    OpenConnections connections =
        new OpenConnections(settings.maxConnections(), settings.maxConnectionsPerIp());
    EventLoopGroup accept =
        new MultiThreadIoEventLoopGroup(1, acceptThreads, NioIoHandler.newFactory());
    EventLoopGroup io =
        new MultiThreadIoEventLoopGroup(settings.ioThreads(), ioThreads, NioIoHandler.newFactory());
    NettyListener smtp = null;
    try {
      smtp =
          NettyListener.bind(
              new InetSocketAddress(settings.bindAddress(), settings.smtpPort()),
              Protocols.smtp(settings, drop, clock, connections),
              startTls,
              settings,
              accept,
              io);
      NettyListener lmtp =
          settings.lmtpEnabled()
              ? NettyListener.bind(
                  new InetSocketAddress(settings.bindAddress(), settings.lmtpPort()),
                  Protocols.lmtp(settings, drop, clock, connections),
                  startTls,
                  settings,
                  accept,
                  io)
              : null;
      MailListener listener = new MailListener(accept, io, smtp, lmtp, connections);
      LOG.info(
          () ->
              "event=email.listener.started address=%s smtp=%d lmtp=%s tls=%s relays=%s"
                  .formatted(
                      settings.bindAddress(),
                      listener.smtpPort(),
                      listener.lmtpPort().stream()
                          .mapToObj(Integer::toString)
                          .findFirst()
                          .orElse("off"),
                      settings.tls().map(t -> t.required() ? "required" : "offered").orElse("off"),
                      settings.relays()));
      return listener;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutdown(accept, io);
      throw new IllegalStateException("interrupted while binding the e-mail listener", e);
    } catch (Exception e) { // Netty's sync() rethrows the bind's checked exception unchecked
      if (smtp != null) {
        smtp.close();
      }
      shutdown(accept, io);
      throw new IllegalStateException(
          "cannot bind the e-mail listener (parley.email.bind-address=%s, smtp.port=%d, lmtp.port=%d): %s"
              .formatted(settings.bindAddress(), settings.smtpPort(), settings.lmtpPort(), e),
          e);
    }
  }

  /** The port the SMTP listener is bound to (the chosen one when configured as 0). */
  public int smtpPort() {
    return smtp.port();
  }

  /** The port the LMTP listener is bound to, when there is one. */
  public OptionalInt lmtpPort() {
    return lmtp == null ? OptionalInt.empty() : OptionalInt.of(lmtp.port());
  }

  /** Connections open now over both listeners. */
  public int openConnections() {
    return connections.open();
  }

  /**
   * Stops accepting, closes every connection (a message whose DATA had not ended is not stored, and
   * its sender retries) and ends the event-loop threads. Returns when they are gone.
   */
  public void stop() {
    smtp.close();
    if (lmtp != null) {
      lmtp.close();
    }
    shutdown(accept, io);
    LOG.info("event=email.listener.stopped");
  }

  @Override
  public void close() {
    stop();
  }

  private static ThreadFactory named(ThreadFactory threads, String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = threads.newThread(task);
      thread.setName(prefix + count.incrementAndGet());
      return thread;
    };
  }

  private static void shutdown(EventLoopGroup accept, EventLoopGroup io) {
    accept.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    io.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    accept.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
    io.terminationFuture().awaitUninterruptibly(10, TimeUnit.SECONDS);
  }
}
