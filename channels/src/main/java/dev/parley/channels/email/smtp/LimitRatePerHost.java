package dev.parley.channels.email.smtp;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.james.core.MaybeSender;
import org.apache.james.protocols.smtp.SMTPSession;
import org.apache.james.protocols.smtp.hook.HookResult;
import org.apache.james.protocols.smtp.hook.MailHook;

/**
 * At most {@code limit} messages a minute from one sending host, counted at MAIL over a sliding
 * minute; the next MAIL gets 451 4.7.0 and the sender retries later. A host's entry goes once its
 * minute is empty, so the map holds only hosts that sent in the last minute.
 */
final class LimitRatePerHost implements MailHook {

  private static final Logger LOG = Logger.getLogger(LimitRatePerHost.class.getName());
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final Clock clock;
  private final Map<InetAddress, Deque<Instant>> recent = new ConcurrentHashMap<>();

  LimitRatePerHost(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  @Override
  public HookResult doMail(SMTPSession session, MaybeSender sender) {
    InetAddress host = session.getRemoteAddress().getAddress();
    if (admit(host)) {
      return HookResult.DECLINED;
    }
    LOG.warning(
        () ->
            "event=email.listener.rate-limited client=%s limit=%d"
                .formatted(AdmitConnection.ip(host), limit));
    return Replies.denySoft(
        "451",
        "4.7.0 Too many messages from "
            + AdmitConnection.ip(host)
            + ": at most "
            + limit
            + " a minute, try again later");
  }

  private boolean admit(InetAddress host) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    boolean[] admitted = new boolean[1];
    recent.compute(
        host,
        (h, times) -> {
          Deque<Instant> window = times == null ? new ArrayDeque<>() : times;
          while (!window.isEmpty() && !window.peekFirst().isAfter(since)) {
            window.removeFirst();
          }
          admitted[0] = window.size() < limit;
          if (admitted[0]) {
            window.addLast(now);
          }
          return window.isEmpty() ? null : window;
        });
    return admitted[0];
  }
}
