package dev.parley.routing.api;

import java.util.List;

/** What supervisors watch: queues and agents as the running engine sees them now. */
public final class LiveStatus {
  private LiveStatus() {}

  /**
   * One queue: contacts waiting, how long the oldest has waited (seconds, by its age), and the
   * service level achieved since start (0..1; 1.0 before any contact counted) against the target.
   */
  public record QueueStatus(
      String queue,
      int waiting,
      long longestWaitSeconds,
      double serviceLevel,
      double serviceLevelTarget,
      int serviceLevelSeconds) {}

  /**
   * One agent with a routing profile: presence (with a break's reason, or why routing took it
   * OFFLINE: {@code offlineReason} "connection lost"), whether a workstation connection of it is
   * live, and the contacts it holds (offered, active, wrap-up).
   */
  public record AgentStatus(
      String username,
      PresenceStatus presence,
      String breakReason,
      String offlineReason,
      boolean connected,
      List<Work> contacts) {}

  /** One contact held by an agent and in which state. */
  public record Work(String contactId, ContactState state) {}
}
