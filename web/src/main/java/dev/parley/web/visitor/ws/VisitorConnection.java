package dev.parley.web.visitor.ws;

import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.VisitorId;
import dev.parley.web.platform.delivery.WireMessage;
import dev.parley.web.platform.ws.Outbox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One visitor socket: who (after {@code hello}), its entry point, the conversation it follows and
 * the messages sent to it. Messages go out once each and in sequence order: while the socket
 * catches up after a reconnect ({@link #replay}) pushes are held back, then sent after the replay
 * if they are newer than it.
 */
final class VisitorConnection {
  final String entryPoint;
  final Outbox outbox;
  private final VisitorCodec codec;
  private VisitorId visitor;
  private ContactId conversation;
  private long lastSent;
  private boolean replaying;
  private final List<WireMessage> held = new ArrayList<>();
  private long lastSignal;

  /** Typing signals pass at most every {@link #SIGNAL_MILLIS}; the rest are dropped. */
  static final long SIGNAL_MILLIS = 500;

  private long lastRead;

  /** Whether a read receipt up to {@code seq} says something new (older ones are dropped). */
  synchronized boolean newerRead(long seq) {
    if (seq <= lastRead) {
      return false;
    }
    lastRead = seq;
    return true;
  }

  /** Whether a typing signal may pass now (a flood of them is dropped, not relayed). */
  synchronized boolean signalAllowed(long nowMillis) {
    if (nowMillis - lastSignal < SIGNAL_MILLIS) {
      return false;
    }
    lastSignal = nowMillis;
    return true;
  }

  VisitorConnection(String entryPoint, Outbox outbox, VisitorCodec codec) {
    this.entryPoint = entryPoint;
    this.outbox = outbox;
    this.codec = codec;
  }

  synchronized VisitorId visitor() {
    return visitor;
  }

  synchronized void identified(VisitorId v) {
    visitor = v;
  }

  synchronized ContactId conversation() {
    return conversation;
  }

  /** Starts following {@code c} after {@code lastSeq}; pushes wait until {@link #replay}. */
  synchronized void follow(ContactId c, long lastSeq) {
    conversation = c;
    lastSent = Math.max(0, lastSeq);
    replaying = true;
    held.clear();
  }

  /** Sends what the visitor missed, then the pushes held back meanwhile. */
  synchronized void replay(List<WireMessage> missed) {
    missed.forEach(this::sendIfNew);
    held.sort(Comparator.comparingLong(WireMessage::seq));
    held.forEach(this::sendIfNew);
    held.clear();
    replaying = false;
  }

  synchronized void push(WireMessage m) {
    if (replaying) {
      held.add(m);
    } else {
      sendIfNew(m);
    }
  }

  private void sendIfNew(WireMessage m) {
    if (m.seq() > lastSent) {
      lastSent = m.seq();
      outbox.send(codec.write(new VisitorServerMessage.ChatMessage(conversation.value(), m)));
    }
  }

  /** A frame already written (a call frame, {@code CallCodec}). */
  void sendText(String frame) {
    outbox.send(frame);
  }

  void send(VisitorServerMessage m) {
    outbox.send(codec.write(m));
  }

  /** Whether this page joined its conversation's call (its loss lets the customer go). */
  private volatile boolean inCall;

  boolean inCall() {
    return inCall;
  }

  void inCall(boolean joined) {
    inCall = joined;
  }
}
