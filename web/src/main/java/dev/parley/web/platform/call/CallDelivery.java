package dev.parley.web.platform.call;

import dev.parley.call.CallEvent;
import dev.parley.call.Party;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The delivery port of calls: every {@link CallEvent} reaches its one recipient — the customer's
 * pages on the call's conversation, the workstations of the agent it names, or the supervisor's
 * socket that monitors the call. Events are fired by the media module outside transactions, in the
 * order of each call's changes.
 */
@ApplicationScoped
public class CallDelivery {

  private static final Logger LOG = Logger.getLogger(CallDelivery.class.getName());

  @Inject
  @Named("visitorCalls")
  CallPush visitors;

  @Inject
  @Named("agentCalls")
  CallPush agents;

  @Inject
  @Named("supervisorCalls")
  CallPush supervisors;

  void deliver(@Observes CallEvent event) {
    int reached;
    if (Party.CUSTOMER_ID.equals(event.to())) {
      reached = visitors.push(event);
    } else if (event.to().startsWith(Party.supervisorId(""))) {
      reached = supervisors.push(event);
    } else {
      reached = agents.push(event);
    }
    if (reached == 0) {
      LOG.fine(() -> "event=calls.push.unreached to=%s event=%s".formatted(event.to(), event));
    }
  }
}
