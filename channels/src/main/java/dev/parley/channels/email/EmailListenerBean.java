package dev.parley.channels.email;

import dev.parley.channels.email.smtp.ListenerSettings;
import dev.parley.channels.email.smtp.MailListener;
import dev.parley.email.MailStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Starts the SMTP (and, when configured, LMTP) listener with the server, on the settings under
 * {@code parley.email.*} (docs/email.md; environment {@code PARLEY_EMAIL_*}), and prints where it
 * listens. The SMTP port defaults to 2525 plus the server's port offset, so a newcomer can send a
 * test mail at once. Each message stored goes through a {@link FilingLine} to the {@link
 * EmailFiler}; every ten seconds, and at start, the sweep files what was stored and not filed.
 *
 * <p>Read-locked: the listener and the filing line are set once, at start, and a sweep filing a
 * backlog (after a crash, minutes of it) must not hold up {@link #smtpPort()} — the readiness check
 * reads it, and under the default write lock it timed out, reporting the server not ready exactly
 * while it was catching up. Timer runs of the sweep do not overlap: WildFly skips a run while the
 * previous one is still going.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@DependsOn("parley-ejb-routing.jar#RoutingRuntime") // the schema migrated, routing taking contacts
public class EmailListenerBean {

  private static final Logger LOG = Logger.getLogger(EmailListenerBean.class.getName());

  @Inject Config config;

  @EJB MailStore store;

  @EJB EmailFiler filer;

  @Resource ManagedThreadFactory threads;

  private MailListener listener;

  /** Stored messages on their way to the filer, in batches. */
  private FilingLine line;

  @PostConstruct
  void start() {
    if (!config.getOptionalValue("parley.email.enabled", Boolean.class).orElse(true)) {
      LOG.info("event=email.listener.off (parley.email.enabled=false)");
      return;
    }
    ListenerSettings settings = settings();
    line =
        new FilingLine(
            filer::fileAll,
            threads,
            int_("parley.email.filing.threads").orElse(4),
            int_("parley.email.filing.batch").orElse(50),
            config
                .getOptionalValue("parley.email.filing.max-bytes", Long.class)
                .orElse(128L * 1024 * 1024));
    listener =
        MailListener.start(
            settings,
            new StoredMailDrop(
                store,
                (mail, sender, raw) -> line.offer(new EmailFiler.Received(mail, sender, raw))),
            Clock.systemUTC(),
            threads);
    LOG.info(
        ("\n\n  E-mail: SMTP listening on %s:%d%s (relays %s); try:"
                + " curl smtp://%s:%d --mail-from you@example.com --mail-rcpt support@example.com"
                + " -T message.eml\n")
            .formatted(
                settings.bindAddress(),
                listener.smtpPort(),
                listener.lmtpPort().isPresent()
                    ? ", LMTP on " + listener.lmtpPort().getAsInt()
                    : "",
                settings.relays(),
                settings.bindAddress(),
                listener.smtpPort()));
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.close();
    }
    if (line != null) {
      line.close();
    }
  }

  /** The bound SMTP port, or -1 when the listener is off. */
  public int smtpPort() {
    return listener == null ? -1 : listener.smtpPort();
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void sweep() {
    try {
      FilingLine l = line;
      int filed = filer.fileUnfiled(mail -> l != null && l.holds(mail));
      if (filed > 0) {
        LOG.info(() -> "event=email.sweep filed=%d".formatted(filed));
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "event=email.sweep.failed cause=%s (tried again in 10 s)".formatted(e));
    }
  }

  private ListenerSettings settings() {
    int offset =
        config.getOptionalValue("jboss.socket.binding.port-offset", Integer.class).orElse(0);
    ListenerSettings.Builder b =
        ListenerSettings.builder()
            .smtpPort(int_("parley.email.smtp.port").orElse(2525 + offset))
            .lmtpPort(int_("parley.email.lmtp.port").orElse(-1));
    string("parley.email.bind-address").ifPresent(b::bindAddress);
    string("parley.email.hello-name").ifPresent(b::helloName);
    list("parley.email.relays").ifPresent(b::relays);
    list("parley.email.accepted-recipients").ifPresent(b::acceptedRecipients);
    config
        .getOptionalValue("parley.email.max-message-bytes", Long.class)
        .ifPresent(b::maxMessageBytes);
    int_("parley.email.max-recipients").ifPresent(b::maxRecipients);
    int_("parley.email.messages-per-minute-per-host").ifPresent(b::messagesPerMinutePerHost);
    int_("parley.email.max-line-length").ifPresent(b::maxLineLength);
    int_("parley.email.idle-timeout-seconds").ifPresent(s -> b.idleTimeout(Duration.ofSeconds(s)));
    int_("parley.email.max-connections").ifPresent(b::maxConnections);
    int_("parley.email.max-connections-per-ip").ifPresent(b::maxConnectionsPerIp);
    int_("parley.email.io-threads").ifPresent(b::ioThreads);
    string("parley.email.tls.keystore")
        .ifPresent(
            keystore ->
                b.tls(
                    new ListenerSettings.TlsSettings(
                        Path.of(keystore),
                        string("parley.email.tls.password").orElse(""),
                        config
                            .getOptionalValue("parley.email.tls.required", Boolean.class)
                            .orElse(false))));
    return b.build();
  }

  private Optional<String> string(String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
  }

  private Optional<Integer> int_(String key) {
    return string(key).map(Integer::valueOf);
  }

  private Optional<List<String>> list(String key) {
    return string(key).map(v -> List.of(v.split("\\s*,\\s*")));
  }
}
