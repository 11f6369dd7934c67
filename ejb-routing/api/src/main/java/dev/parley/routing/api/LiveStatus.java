package dev.parley.routing.api;

import java.time.Instant;
import java.util.List;

/**
 * What supervisors watch: queues, agents and live calls as the running engine sees them now.
 * Durations are given as the instants they started at, so a wallboard can tick them itself; the
 * seconds some records also carry are as of the moment they were read.
 */
public final class LiveStatus {
  private LiveStatus() {}

  /**
   * One queue: contacts waiting, how long the oldest has waited (seconds, by its age) and since
   * when ({@code oldestWaitingSince}, null when none waits), the service level achieved since start
   * (0..1; 1.0 before any contact counted) against the target, the waiting contacts per channel the
   * queue serves, and the agents serving the queue that are available (AVAILABLE and holding no
   * contact), busy (holding a contact or wrapping up, not on break) and on break.
   */
  public record QueueStatus(
      String queue,
      int waiting,
      long longestWaitSeconds,
      double serviceLevel,
      double serviceLevelTarget,
      int serviceLevelSeconds,
      Instant oldestWaitingSince,
      List<ChannelWaiting> channels,
      int agentsAvailable,
      int agentsBusy,
      int agentsOnBreak) {

    /** The first six components alone, as the live view had them before. */
    public QueueStatus(
        String queue,
        int waiting,
        long longestWaitSeconds,
        double serviceLevel,
        double serviceLevelTarget,
        int serviceLevelSeconds) {
      this(
          queue,
          waiting,
          longestWaitSeconds,
          serviceLevel,
          serviceLevelTarget,
          serviceLevelSeconds,
          null,
          List.of(),
          0,
          0,
          0);
    }
  }

  /** Contacts waiting in one queue on one channel; {@code oldestSince} null when none waits. */
  public record ChannelWaiting(Channel channel, int waiting, Instant oldestSince) {}

  /**
   * One agent with a routing profile: presence (with a break's reason, or why routing took it
   * OFFLINE: {@code offlineReason} "connection lost") and since when ({@code presenceSince}, null
   * when not known), whether a workstation connection of it is live, and the contacts it holds
   * (offered, active, wrap-up).
   */
  public record AgentStatus(
      String username,
      PresenceStatus presence,
      String breakReason,
      String offlineReason,
      boolean connected,
      List<Work> contacts,
      Instant presenceSince) {

    /** Without {@code presenceSince}, as the live view had it before. */
    public AgentStatus(
        String username,
        PresenceStatus presence,
        String breakReason,
        String offlineReason,
        boolean connected,
        List<Work> contacts) {
      this(username, presence, breakReason, offlineReason, connected, contacts, null);
    }
  }

  /**
   * One contact held by an agent: in which state and since when, its channel and queue, the
   * customer (the identity's key: a phone number, an e-mail address, a visitor id) with the name
   * the customer gave, if any, and the conversation it belongs to (its own id, or for an expert
   * consult the customer's contact). Only the first two are known for a contact the engine no
   * longer holds.
   */
  public record Work(
      String contactId,
      ContactState state,
      Channel channel,
      String queue,
      String customer,
      String customerName,
      Instant since,
      String conversationId) {

    /** The contact and its state alone, as the live view had them before. */
    public Work(String contactId, ContactState state) {
      this(contactId, state, null, null, null, null, null, contactId);
    }

    public Work withCustomerName(String name) {
      return new Work(contactId, state, channel, queue, customer, name, since, conversationId);
    }
  }

  /**
   * A voice or video call an agent is talking on now (ACTIVE): the customer's contact (also its
   * conversation id), channel, queue, agent, customer (key and name, as in {@link Work}) and when
   * the agent answered it.
   */
  public record LiveCall(
      String contactId,
      Channel channel,
      String queue,
      String agent,
      String customer,
      String customerName,
      Instant answeredAt) {

    public LiveCall withCustomerName(String name) {
      return new LiveCall(contactId, channel, queue, agent, customer, name, answeredAt);
    }
  }

  /** Queues, agents and live calls read together, at {@code at} (the server's clock). */
  public record Board(
      Instant at, List<QueueStatus> queues, List<AgentStatus> agents, List<LiveCall> calls) {}

  /**
   * CDI event payload: routing committed a batch of commands that may have changed what this view
   * shows (contacts, presence, connections, queues). Fired once per batch, like {@link
   * AgentNotification}s once the batch is durable and outside any transaction; it carries no
   * detail, so observers read the view again (at their own pace: batches may follow each other
   * within milliseconds).
   */
  public record Changed(Instant at) {}
}
