package dev.parley.routing.runtime;

import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.store.EventRecorder;
import dev.parley.routing.store.RoutingStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Checks an agent's request against the engine before it becomes a command, so the answer says
 * precisely what is wrong (not found, not yours, no longer possible, invalid). Called by the
 * runtime under its lock, in the same call that then acts: the check cannot go stale.
 */
@Dependent
public class Guards {

  @Inject RoutingStore store;

  public void choosable(Presence p) {
    if (p.is(PresenceStatus.WRAP_UP)
        || p.is(PresenceStatus.NOT_RESPONDING)
        || p.offlineReason() != null) {
      throw new RoutingRefusedException(Kind.INVALID, p + " is set by routing, not chosen");
    }
  }

  public Contact.Snapshot exists(RoutingEngine engine, ContactId id) {
    return engine
        .contact(id)
        .orElseThrow(() -> new RoutingRefusedException(Kind.NOT_FOUND, "no open contact " + id));
  }

  /**
   * The offer of {@code id} rings at {@code agent} now; else 404, 403 (never yours) or 409 (gone).
   * {@code recorder} knows the batch's unwritten contact rows and writes the batch's history so
   * far, which the 403/409 answer reads.
   */
  public void offeredTo(RoutingEngine engine, AgentId agent, ContactId id, EventRecorder recorder) {
    boolean ringing = engine.agent(agent).map(a -> a.workOn(id) == WorkState.OFFERED).orElse(false);
    if (ringing) {
      return;
    }
    if (engine.contact(id).isEmpty() && recorder.contactRow(id.value()).isEmpty()) {
      throw new RoutingRefusedException(Kind.NOT_FOUND, "no contact " + id);
    }
    recorder.writeBatch();
    if (store.wasOffered(id.value(), agent.value())) {
      throw new RoutingRefusedException(Kind.CONFLICT, "the offer of " + id + " is gone");
    }
    throw new RoutingRefusedException(Kind.FORBIDDEN, "contact " + id + " is not offered to you");
  }

  /**
   * {@code agent} handles {@code id} and it is in {@code state}; {@code recorder} knows the batch's
   * unwritten contact rows.
   */
  public Contact.Snapshot handledBy(
      RoutingEngine engine,
      AgentId agent,
      ContactId id,
      ContactState state,
      EventRecorder recorder) {
    Contact.Snapshot c = engine.contact(id).orElse(null);
    if (c == null) {
      if (recorder.contactRow(id.value()).isEmpty()) {
        throw new RoutingRefusedException(Kind.NOT_FOUND, "no contact " + id);
      }
      throw new RoutingRefusedException(Kind.CONFLICT, "contact " + id + " is no longer open");
    }
    if (!c.assignedAgent().map(agent::equals).orElse(false)) {
      throw new RoutingRefusedException(Kind.FORBIDDEN, "contact " + id + " is not yours");
    }
    if (c.state() != state) {
      throw new RoutingRefusedException(
          Kind.CONFLICT, "contact " + id + " is " + c.state() + ", not " + state);
    }
    return c;
  }

  /** The disposition to store: required ones must be given, and given ones must be the queue's. */
  public String disposition(Contact.Snapshot c, String given) {
    String code = given == null || given.isBlank() ? null : given.strip();
    QueueEntity q = store.queue(c.queue().value()).orElse(null);
    List<String> codes = q == null ? List.of() : q.dispositionCodes();
    if (code == null && q != null && q.dispositionRequired()) {
      throw new RoutingRefusedException(
          Kind.INVALID, "queue " + q.name() + " requires a disposition, one of " + codes);
    }
    if (code != null && !codes.isEmpty() && !codes.contains(code)) {
      throw new RoutingRefusedException(
          Kind.INVALID, "unknown disposition '" + code + "'; one of " + codes);
    }
    return code;
  }
}
