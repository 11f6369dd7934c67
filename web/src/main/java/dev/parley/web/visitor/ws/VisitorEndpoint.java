package dev.parley.web.visitor.ws;

import dev.parley.call.CallRefusedException;
import dev.parley.call.CallSetup;
import dev.parley.call.CallSignal;
import dev.parley.call.Calls;
import dev.parley.call.Party;
import dev.parley.chat.ChatRefusedException;
import dev.parley.chat.ChatStatus;
import dev.parley.chat.ChatView;
import dev.parley.chat.StartRequest;
import dev.parley.chat.VisitorChat;
import dev.parley.chat.VisitorPass;
import dev.parley.conversation.Message;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.VisitorId;
import dev.parley.web.platform.call.CallCodec;
import dev.parley.web.platform.call.CallServerMessage;
import dev.parley.web.platform.call.CallWire;
import dev.parley.web.platform.delivery.ChatDelivery;
import dev.parley.web.platform.delivery.WireMessage;
import dev.parley.web.platform.ws.MessageCodec;
import dev.parley.web.platform.ws.Outbox;
import dev.parley.web.platform.ws.SocketErrors;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * A website visitor's live channel at {@code /ws/visitor/{entryPoint}} (docs/chat-protocol.md). The
 * handshake's Origin was checked against the entry point before this endpoint is reached ({@code
 * SocketOriginFilter}). The first frame must be {@code hello}: the signed token known so far (or
 * none) identifies the visitor, who from then on acts only on their own conversation. Frames above
 * 16 KiB close the socket (1009); anything else refused is answered with an {@code error} frame and
 * stores nothing.
 */
@ServerEndpoint("/ws/visitor/{entryPoint}")
public class VisitorEndpoint {

  static final int MAX_FRAME = 16 * 1024;

  private static final String CONNECTION_KEY = "parley.visitor";

  /** The customer as a call party (the media module knows the joined party by its id). */
  private static final Party CUSTOMER = Party.customer(null);

  private static final Logger LOG = Logger.getLogger(VisitorEndpoint.class.getName());

  @Inject VisitorCodec codec;

  @Inject VisitorSessions sessions;

  @Inject ChatDelivery delivery;

  @EJB VisitorChat chat;

  @EJB Calls calls;

  @Inject CallCodec callCodec;

  @OnOpen
  public void open(Session session, @PathParam("entryPoint") String entryPoint) {
    session.setMaxIdleTimeout(10 * 60_000L); // the widget pings; a silent socket is gone
    Outbox outbox = new Outbox(session, "visitor");
    session
        .getUserProperties()
        .put(CONNECTION_KEY, new VisitorConnection(entryPoint, outbox, codec));
  }

  @OnClose
  public void close(Session session) {
    if (session.getUserProperties().get(CONNECTION_KEY) instanceof VisitorConnection c) {
      sessions.leave(c);
      if (c.inCall() && c.conversation() != null) {
        calls.lost(c.conversation(), Party.CUSTOMER_ID);
      }
    }
  }

  @OnMessage(maxMessageSize = MAX_FRAME)
  public void message(Session session, String frame) throws IOException {
    if (!(session.getUserProperties().get(CONNECTION_KEY) instanceof VisitorConnection c)) {
      return;
    }
    if (frame.length() > MAX_FRAME) {
      session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "frame too large"));
      return;
    }
    VisitorClientMessage received;
    try {
      received = codec.read(frame);
    } catch (MessageCodec.InvalidFrameException e) {
      c.send(new VisitorServerMessage.Error("INVALID", e.getMessage(), null));
      return;
    }
    String clientId = received instanceof VisitorClientMessage.Say say ? say.clientId() : null;
    try {
      handle(session, c, received);
    } catch (ChatRefusedException e) {
      c.send(new VisitorServerMessage.Error(e.code().name(), e.getMessage(), clientId));
    } catch (CallRefusedException e) {
      c.send(new VisitorServerMessage.Error(e.code(), e.getMessage(), null));
    } catch (EJBException | IllegalArgumentException e) {
      LOG.info(() -> "event=visitor.frame.failed cause=" + e);
      c.send(new VisitorServerMessage.Error("BUSY", "could not do that now; try again", clientId));
    }
  }

  private void handle(Session session, VisitorConnection c, VisitorClientMessage m)
      throws IOException {
    if (m instanceof VisitorClientMessage.Ping p) {
      c.send(new VisitorServerMessage.Pong(p.seq()));
      return;
    }
    if (m instanceof VisitorClientMessage.Hello hello) {
      hello(session, c, hello);
      return;
    }
    VisitorId visitor = c.visitor();
    if (visitor == null) {
      throw new ChatRefusedException(ChatRefusedException.Code.INVALID, "say hello first");
    }
    if (m instanceof VisitorClientMessage.Start s) {
      ChatView view =
          chat.start(
              visitor,
              c.entryPoint,
              new StartRequest(s.option(), s.name(), s.email(), s.text(), channel(s.channel())));
      follow(c, visitor, view, 0);
      Channel asked = channel(s.channel());
      if (asked.isLiveCall() && !calls.status().up()) {
        c.sendText(
            callCodec.write(
                new CallServerMessage.CallFailed(
                    view.conversation().value(),
                    "MEDIA_UNAVAILABLE",
                    "Calls are unavailable right now, so we started a chat instead.")));
      }
      return;
    }
    ContactId conversation = c.conversation();
    if (conversation == null) {
      throw new ChatRefusedException(ChatRefusedException.Code.INVALID, "start a chat first");
    }
    if (m instanceof VisitorClientMessage.Say say) {
      List<AttachmentId> files =
          say.attachments() == null
              ? List.of()
              : say.attachments().stream().map(AttachmentId::of).toList();
      Message stored =
          chat.send(
              visitor,
              conversation,
              say.clientId() == null ? "" : say.clientId(),
              say.text() == null ? "" : say.text(),
              files);
      c.send(new VisitorServerMessage.Ack(stored.clientId(), stored.seq(), stored.at()));
    } else if (m instanceof VisitorClientMessage.Typing t) {
      if (c.signalAllowed(System.currentTimeMillis()) || !t.active()) {
        delivery.customerTyping(conversation, t.active());
      }
    } else if (m instanceof VisitorClientMessage.Read r) {
      if (c.newerRead(r.seq())) {
        delivery.customerRead(conversation, r.seq());
      }
    } else if (m instanceof VisitorClientMessage.End) {
      chat.end(visitor, conversation);
    } else if (m instanceof VisitorClientMessage.Rate r) {
      chat.rate(visitor, conversation, r.score(), r.comment());
      c.send(new VisitorServerMessage.Saved("rate"));
    } else if (m instanceof VisitorClientMessage.Transcript t) {
      chat.requestTranscript(visitor, conversation, t.email() == null ? "" : t.email());
      c.send(new VisitorServerMessage.Saved("transcript"));
    } else if (m instanceof VisitorClientMessage.CallJoin j) {
      CallSetup setup = calls.join(conversation, CUSTOMER, j.video());
      c.inCall(true);
      c.sendText(callCodec.write(CallServerMessage.CallPeers.of(conversation.value(), setup)));
    } else if (m instanceof VisitorClientMessage.CallSdp s) {
      calls.signal(conversation, CUSTOMER, peer(s.peer()), CallWire.description(s.description()));
    } else if (m instanceof VisitorClientMessage.CallIce i) {
      calls.signal(conversation, CUSTOMER, peer(i.peer()), CallWire.candidate(i.candidate()));
    } else if (m instanceof VisitorClientMessage.CallRestartIce r) {
      calls.signal(conversation, CUSTOMER, peer(r.peer()), new CallSignal.RestartIce());
    } else if (m instanceof VisitorClientMessage.CallLeave) {
      c.inCall(false);
      calls.leave(conversation, Party.CUSTOMER_ID);
    } else if (m instanceof VisitorClientMessage.KeepPlace) {
      calls.keepPlace(conversation);
      c.inCall(false);
    } else if (m instanceof VisitorClientMessage.LeaveMessage l) {
      ChatView view =
          chat.leaveMessage(
              visitor,
              conversation,
              l.name(),
              l.email() == null ? "" : l.email(),
              l.text() == null ? "" : l.text());
      c.send(VisitorSessions.status(view));
    }
  }

  private void hello(Session session, VisitorConnection c, VisitorClientMessage.Hello hello)
      throws IOException {
    if (c.visitor() != null) {
      throw new ChatRefusedException(ChatRefusedException.Code.INVALID, "hello only once");
    }
    VisitorPass pass;
    try {
      pass = chat.identify(c.entryPoint, hello.token());
    } catch (ChatRefusedException e) {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown entry point"));
      return;
    }
    c.identified(pass.visitor());
    ChatView open = chat.openChat(pass.visitor(), c.entryPoint).orElse(null);
    c.send(
        new VisitorServerMessage.Welcome(
            pass.token(),
            open == null
                ? null
                : new VisitorServerMessage.Conversation(
                    open.conversation().value(), open.status().name(), open.agentName())));
    if (open != null) {
      follow(c, pass.visitor(), open, hello.lastSeq());
    }
  }

  /**
   * Follows the chat: status, then what the visitor missed, then the standing while waiting. The
   * status is read again once the socket is registered: a change told between {@code view} and the
   * registration (an agent accepting) would otherwise reach nobody.
   */
  private void follow(VisitorConnection c, VisitorId visitor, ChatView view, long lastSeq) {
    ContactId previous = c.conversation();
    c.follow(view.conversation(), lastSeq);
    sessions.follow(c, previous, view.conversation(), view.status());
    ChatView now = chat.status(visitor, view.conversation());
    sessions.follow(c, view.conversation(), now.conversation(), now.status());
    c.send(VisitorSessions.status(now));
    c.replay(
        chat.messages(visitor, now.conversation(), lastSeq).stream().map(WireMessage::of).toList());
    if (now.status() == ChatStatus.QUEUED) {
      sessions.tellStandingNow(c, now.conversation());
    }
  }

  private static Channel channel(String name) {
    if (name == null || name.isBlank()) {
      return Channel.CHAT;
    }
    try {
      return Channel.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      throw new ChatRefusedException(
          ChatRefusedException.Code.INVALID, "channel must be CHAT, VOICE or VIDEO");
    }
  }

  private static String peer(String peer) {
    if (peer == null || peer.isBlank() || peer.length() > 200) {
      throw new ChatRefusedException(ChatRefusedException.Code.INVALID, "peer is required");
    }
    return peer;
  }

  @OnError
  public void error(Session session, Throwable failure) throws IOException {
    LOG.fine(() -> "event=ws.error endpoint=visitor reason=%s".formatted(failure));
    SocketErrors.close(session, failure);
  }
}
