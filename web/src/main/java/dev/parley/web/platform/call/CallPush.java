package dev.parley.web.platform.call;

import dev.parley.call.CallEvent;

/**
 * One audience's side of call delivery: the visitor socket's registry tells the customer's pages,
 * the agent socket's an agent's workstations.
 */
public interface CallPush {

  /** Queues {@code event} for its recipient's open sessions; answers how many got it. */
  int push(CallEvent event);
}
