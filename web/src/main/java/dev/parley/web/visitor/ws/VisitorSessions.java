package dev.parley.web.visitor.ws;

import dev.parley.call.CallEvent;
import dev.parley.chat.ChatStatus;
import dev.parley.chat.ChatView;
import dev.parley.chat.Standing;
import dev.parley.chat.VisitorChat;
import dev.parley.chat.VisitorNotification;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.call.CallCodec;
import dev.parley.web.platform.call.CallPush;
import dev.parley.web.platform.delivery.VisitorPush;
import dev.parley.web.platform.delivery.WireMessage;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The visitor sockets by conversation, and what reaches them: messages (through each {@link
 * VisitorConnection}, in order, once), status changes, typing, delivered and read receipts, and
 * every {@link #STANDING_SECONDS} seconds the place in the queue of the chats that wait (only when
 * it changed). Thread-safe: sockets come and go on WebSocket threads, pushes arrive on committing
 * threads; the maps are concurrent and each update is one atomic map operation.
 */
@ApplicationScoped
@Named("visitorCalls")
public class VisitorSessions implements VisitorPush, CallPush {

  static final int STANDING_SECONDS = 2;

  private static final Logger LOG = Logger.getLogger(VisitorSessions.class.getName());

  private final Map<ContactId, Set<VisitorConnection>> byConversation = new ConcurrentHashMap<>();

  /** The last status told per followed conversation, and the last standing. */
  private final Map<ContactId, ChatStatus> statuses = new ConcurrentHashMap<>();

  private final Map<ContactId, Standing> standings = new ConcurrentHashMap<>();

  @EJB VisitorChat chat;

  @Inject CallCodec callCodec;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile ScheduledFuture<?> ticker;

  /**
   * {@code connection} follows {@code conversation} now (its status as given), no longer {@code
   * previous} (null when it followed none).
   */
  void follow(
      VisitorConnection connection, ContactId previous, ContactId conversation, ChatStatus status) {
    if (previous != null && !previous.equals(conversation)) {
      leave(connection, previous);
    }
    byConversation
        .computeIfAbsent(conversation, c -> ConcurrentHashMap.newKeySet())
        .add(connection);
    statuses.put(conversation, status);
    startTicker();
  }

  /** The socket closed. */
  void leave(VisitorConnection connection) {
    ContactId c = connection.conversation();
    if (c != null) {
      leave(connection, c);
    }
  }

  private void leave(VisitorConnection connection, ContactId c) {
    byConversation.computeIfPresent(
        c,
        (k, set) -> {
          set.remove(connection);
          if (set.isEmpty()) {
            statuses.remove(k);
            standings.remove(k);
            return null;
          }
          return set;
        });
  }

  @Override
  public void message(ContactId conversation, WireMessage message) {
    each(conversation, c -> c.push(message));
  }

  /** A call's event for the customer: every page following the call's conversation. */
  @Override
  public int push(CallEvent event) {
    Set<VisitorConnection> set = byConversation.get(event.call());
    if (set == null || set.isEmpty()) {
      return 0;
    }
    String frame = callCodec.write(event);
    set.forEach(c -> c.sendText(frame));
    return set.size();
  }

  @Override
  public void typing(ContactId conversation, String name, boolean active) {
    each(conversation, c -> c.send(new VisitorServerMessage.Typing(name, active)));
  }

  @Override
  public void delivered(ContactId conversation, long seq) {
    each(conversation, c -> c.send(new VisitorServerMessage.Delivered(seq)));
  }

  @Override
  public void read(ContactId conversation, long seq) {
    each(conversation, c -> c.send(new VisitorServerMessage.Read(seq)));
  }

  void statusChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VisitorNotification notification) {
    if (notification instanceof VisitorNotification.StatusChanged s) {
      ChatView view = s.chat();
      if (byConversation.containsKey(view.conversation())) {
        statuses.put(view.conversation(), view.status());
        if (view.status() != ChatStatus.QUEUED) {
          standings.remove(view.conversation());
        }
        each(view.conversation(), c -> c.send(status(view)));
      }
    }
  }

  static VisitorServerMessage.Status status(ChatView view) {
    return new VisitorServerMessage.Status(
        view.conversation().value(), view.status().name(), view.agentName(), view.text());
  }

  private void each(ContactId conversation, java.util.function.Consumer<VisitorConnection> send) {
    Set<VisitorConnection> set = byConversation.get(conversation);
    if (set != null) {
      set.forEach(send);
    }
  }

  private void startTicker() {
    if (ticker == null) {
      synchronized (this) {
        if (ticker == null) {
          ticker =
              scheduler.scheduleWithFixedDelay(
                  this::tellStandings, STANDING_SECONDS, STANDING_SECONDS, TimeUnit.SECONDS);
        }
      }
    }
  }

  /** Tells each waiting chat's visitors their place, when it changed. */
  void tellStandings() {
    try {
      List<ContactId> waiting = new ArrayList<>();
      statuses.forEach(
          (c, s) -> {
            if (s == ChatStatus.QUEUED) {
              waiting.add(c);
            }
          });
      if (waiting.isEmpty()) {
        return;
      }
      for (Standing s : chat.standings(waiting)) {
        Standing before = standings.put(s.conversation(), s);
        if (!Objects.equals(before, s)) {
          each(s.conversation(), c -> c.send(queue(s)));
        }
      }
    } catch (RuntimeException e) {
      LOG.fine(() -> "event=visitor.standings.skipped cause=" + e);
    }
  }

  /** The standing to send a visitor who just connected, when the chat waits. */
  void tellStandingNow(VisitorConnection connection, ContactId conversation) {
    for (Standing s : chat.standings(List.of(conversation))) {
      standings.put(conversation, s);
      connection.send(queue(s));
    }
  }

  static VisitorServerMessage.Queue queue(Standing s) {
    return new VisitorServerMessage.Queue(
        s.conversation().value(), s.position(), s.estimatedWaitSeconds(), s.keepPlace());
  }

  @PreDestroy
  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }
}
