package dev.parley.web.platform.delivery;

import java.util.Set;

/** The agents' side of chat delivery: implemented by the agent socket's session registry. */
public interface AgentPush {

  /**
   * Queues {@code frame} for every open session of these agents; answers how many sessions got it.
   */
  int push(Set<String> agents, ChatFrame frame);
}
