package dev.parley.channels.chat;

import dev.parley.chat.AgentChatNotice;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Chat RONA: when a queue sets a first-response limit, an agent who accepted a chat must write to
 * the customer within it; otherwise the chat goes back to its queue with its age kept (routing's
 * return to queue), the agents see a note saying why, and the agent's workstation is told
 * (NO_FIRST_REPLY). Checks are timers of this node: a restart in between forgets them.
 */
@ApplicationScoped
public class FirstReplyWatch {

  static final String NO_FIRST_REPLY = "NO_FIRST_REPLY";

  private static final Logger LOG = Logger.getLogger(FirstReplyWatch.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @EJB RoutingAdmin admin;

  @EJB RoutingService routing;

  @EJB Conversations conversations;

  @Inject Event<AgentChatNotice> notices;

  /** {@code agent} accepted {@code chat} of {@code queue} at {@code since}. */
  public void watch(ContactId chat, AgentId agent, QueueId queue, Instant since) {
    Integer limit =
        admin
            .find(ReferenceKind.QUEUE, queue.value())
            .map(QueueDefinition::firstResponseSeconds)
            .orElse(null);
    if (limit == null || limit <= 0) {
      return;
    }
    scheduler.schedule(() -> check(chat, agent, since, limit), limit, TimeUnit.SECONDS);
  }

  void check(ContactId chat, AgentId agent, Instant since, int limit) {
    try {
      boolean replied =
          conversations.messages(chat, 0, false, 1000).stream()
              .anyMatch(m -> reply(m, agent, since));
      if (replied) {
        return;
      }
      routing.returnToQueue(agent, chat);
      conversations.leave(chat, agent);
      conversations.post(
          chat,
          NewMessage.event(
              "No first reply within " + limit + " s: the chat went back to the queue.",
              Visibility.AGENTS));
      notices.fire(new AgentChatNotice.Returned(agent, chat, NO_FIRST_REPLY));
    } catch (RoutingRefusedException e) {
      // no longer ACTIVE with this agent (ended, transferred): nothing to do
    } catch (RuntimeException e) {
      LOG.warning(() -> "event=chat.first-reply.failed contact=%s cause=%s".formatted(chat, e));
    }
  }

  private static boolean reply(Message m, AgentId agent, Instant since) {
    return m.author().role() == AuthorRole.AGENT
        && agent.value().equals(m.author().id())
        && m.kind() == MessageKind.TEXT
        && !m.at().isBefore(since.minusSeconds(1));
  }
}
