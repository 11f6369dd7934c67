package dev.parley.channels.email.out;

import dev.parley.email.MailStore;
import dev.parley.email.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Sends what the outbox holds through the configured SMTP server ({@code parley.email.out.*}),
 * every two seconds and on while a backlog lasts, one connection per batch of 100. Accepted: SENT.
 * A 5xx: FAILED, shown to the agent. Anything else: RETRYING after a backoff that doubles from
 * {@code retry-seconds} up to an hour, FAILED after {@code max-attempts}. At start, what a stop
 * left SENDING is sent again.
 */
@Singleton
@Startup
@DependsOn("parley-ejb-routing.jar#RoutingRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** Entries taken per batch; one connection serves a batch. */
  static final int BATCH = 100;

  @EJB MailStore store;

  @Inject Config config;

  private final Clock clock = Clock.systemUTC();

  private final AtomicBoolean sending = new AtomicBoolean();
  private String host;
  private int port;
  private int maxAttempts;
  private Duration firstRetry;
  private Session session;

  @PostConstruct
  void start() {
    host = config.getOptionalValue("parley.email.out.host", String.class).orElse("127.0.0.1");
    port = config.getOptionalValue("parley.email.out.port", Integer.class).orElse(25);
    maxAttempts =
        config.getOptionalValue("parley.email.out.max-attempts", Integer.class).orElse(10);
    firstRetry =
        Duration.ofSeconds(
            config.getOptionalValue("parley.email.out.retry-seconds", Integer.class).orElse(30));
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    p.put(
        "mail.smtp.starttls.enable",
        config.getOptionalValue("parley.email.out.starttls", String.class).orElse("true"));
    config
        .getOptionalValue("parley.email.out.hello-name", String.class)
        .ifPresent(h -> p.put("mail.smtp.localhost", h));
    session = Session.getInstance(p);
    int recovered = store.recoverSending();
    LOG.info(
        () ->
            "event=email.outbox.started smtp=%s:%d recovered=%d".formatted(host, port, recovered));
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void round() {
    if (!sending.compareAndSet(false, true)) {
      return; // the last round still runs
    }
    try {
      // a round goes on while full batches come: a backlog drains without waiting for the timer
      while (sendDue() >= BATCH) {
        // next batch
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=email.outbox.round.failed", e);
    } finally {
      sending.set(false);
    }
  }

  /** Sends every entry due now; answers how many were accepted. */
  public int sendDue() {
    return MailLoader.run(this::sendDueNow);
  }

  private int sendDueNow() {
    List<String> due = store.dueOutbound(BATCH);
    if (due.isEmpty()) {
      return 0;
    }
    int sent = 0;
    Transport transport = null;
    try {
      for (String id : due) {
        Outbound out = store.claimOutbound(id).orElse(null);
        if (out == null) {
          continue;
        }
        try {
          if (transport == null || !transport.isConnected()) {
            transport = session.getTransport("smtp");
            connect(transport);
          }
          MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(out.message()));
          transport.sendMessage(
              message,
              out.recipients().stream()
                  .map(ReplyComposer::address)
                  .toArray(InternetAddress[]::new));
          store.outboundSent(id);
          sent++;
        } catch (MessagingException | RuntimeException e) {
          failed(out, e);
          closeQuietly(transport);
          transport = null;
        }
      }
    } finally {
      closeQuietly(transport);
    }
    return sent;
  }

  private void connect(Transport transport) throws MessagingException {
    String user = config.getOptionalValue("parley.email.out.username", String.class).orElse(null);
    String password =
        config.getOptionalValue("parley.email.out.password", String.class).orElse(null);
    transport.connect(host, port, user, password);
  }

  private void failed(Outbound out, Exception e) {
    String why = SmtpReplies.describe(e);
    boolean permanent = SmtpReplies.permanent(e) || out.attempts() >= maxAttempts;
    Instant retry = permanent ? null : clock.instant().plus(backoff(out.attempts()));
    store.outboundFailed(out.id(), why, retry);
    LOG.warning(
        () ->
            "event=email.outbox.failed id=%s attempt=%d permanent=%s why=%s"
                .formatted(out.id(), out.attempts(), permanent, why));
  }

  /** The wait after attempt {@code n}: the first retry time, doubled each time, at most an hour. */
  Duration backoff(int attempt) {
    Duration d = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 16));
    return d.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : d;
  }

  private static void closeQuietly(Transport t) {
    if (t != null) {
      try {
        t.close();
      } catch (MessagingException e) {
        // closing a connection that failed: nothing more to do
      }
    }
  }
}
