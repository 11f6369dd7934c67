package dev.parley.web.agent.ws;

import dev.parley.call.CallRefusedException;
import dev.parley.call.CallSetup;
import dev.parley.call.CallSignal;
import dev.parley.call.Calls;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.agent.rest.ConversationAccess;
import dev.parley.web.platform.call.CallCodec;
import dev.parley.web.platform.call.CallServerMessage;
import dev.parley.web.platform.call.CallWire;
import dev.parley.web.platform.delivery.ChatSignals;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Set;

/**
 * An agent's call frames on {@code /ws/agent}: joining a call is allowed to the agent who has it
 * and to an expert consulted on it (as the conversation's writers are, {@link ConversationAccess});
 * a private consult's colleague joins privately. Signaling afterwards is checked by the media
 * module against who joined. The conversations an agent's session joined are kept on the session,
 * so a lost session lets the agent's place in those calls go after the grace period.
 */
@ApplicationScoped
public class AgentCallSignaling {

  @EJB Calls calls;

  @Inject ConversationAccess access;

  @Inject ChatSignals names;

  @Inject AgentCodec codec;

  @Inject CallCodec callCodec;

  /** Handles a call frame; answers the reply to send (a frame's text), or null. */
  String handle(String agent, Set<String> joined, AgentClientMessage m) {
    try {
      if (m instanceof AgentClientMessage.CallJoin j) {
        ContactId call = id(j.conversationId());
        ConversationAccess.Writer writer;
        try {
          writer = access.checkWrite(agent, call);
        } catch (WebApplicationException e) {
          throw new CallRefusedException("NOT_ALLOWED", "not a call of yours");
        }
        boolean expert = writer.role() == AuthorRole.EXPERT;
        Party me =
            Party.agent(
                agent,
                expert ? PartyRole.EXPERT : PartyRole.AGENT,
                names.displayName(agent),
                expert && writer.visibility() == Visibility.AGENTS);
        CallSetup setup = calls.join(call, me, j.video());
        joined.add(call.value());
        return callCodec.write(CallServerMessage.CallPeers.of(call.value(), setup));
      }
      if (m instanceof AgentClientMessage.CallSdp s) {
        calls.signal(
            id(s.conversationId()),
            me(agent),
            peer(s.peer()),
            CallWire.description(s.description()));
      } else if (m instanceof AgentClientMessage.CallIce i) {
        calls.signal(
            id(i.conversationId()), me(agent), peer(i.peer()), CallWire.candidate(i.candidate()));
      } else if (m instanceof AgentClientMessage.CallRestartIce r) {
        calls.signal(
            id(r.conversationId()), me(agent), peer(r.peer()), new CallSignal.RestartIce());
      } else if (m instanceof AgentClientMessage.CallLeave l) {
        ContactId call = id(l.conversationId());
        joined.remove(call.value());
        calls.leave(call, Party.agentId(agent));
      }
      return null;
    } catch (CallRefusedException e) {
      return codec.write(new AgentServerMessage.Error(e.code() + ": " + e.getMessage()));
    } catch (IllegalArgumentException e) {
      return codec.write(new AgentServerMessage.Error("INVALID: " + e.getMessage()));
    }
  }

  /** The session is gone: its calls keep the agent for the grace period. */
  void lost(String agent, Set<String> joined) {
    for (String call : joined) {
      calls.lost(ContactId.of(call), Party.agentId(agent));
    }
  }

  private static Party me(String agent) {
    return Party.agent(agent, PartyRole.AGENT, agent, false); // checked against the joined party
  }

  private static ContactId id(String conversationId) {
    if (conversationId == null || conversationId.isBlank()) {
      throw new IllegalArgumentException("conversationId is required");
    }
    return ContactId.of(conversationId);
  }

  private static String peer(String peer) {
    if (peer == null || peer.isBlank() || peer.length() > 200) {
      throw new IllegalArgumentException("peer is required");
    }
    return peer;
  }
}
