package dev.parley.routing.desk;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.ExpertRequest;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.ExpertTarget;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.reference.AgentMapping;
import dev.parley.routing.runtime.EngineSession;
import dev.parley.routing.runtime.Guards;
import dev.parley.routing.runtime.RoutingRuntime;
import dev.parley.routing.store.RoutingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An agent's actions at the workstation: presence, accepting or rejecting an offer, ending a
 * contact and wrapping it up. Each is checked against the engine ({@link Guards}) and applied in
 * the same operation on the writer, so the answer — the agent's new state — is what was stored.
 * Callers pass the authenticated agent; an agent acts on its own contacts only.
 */
@ApplicationScoped
public class AgentDesk {

  @Inject RoutingRuntime runtime;

  @Inject Guards guards;

  @Inject RoutingStore store;

  @Inject AgentStateAssembler assembler;

  public AgentState agentState(AgentId agent) {
    return runtime.submit(s -> stateOf(s, agent));
  }

  /** Logs the agent in, changes its presence or logs it out, whichever the engine needs. */
  public AgentState changePresence(AgentId agent, Presence presence) {
    return runtime.submit(
        s -> {
          guards.choosable(presence);
          if (s.engine().agent(agent).isPresent()) {
            return command(s, agent, new Command.PresenceChanged(agent, presence));
          }
          if (presence.equals(Presence.OFFLINE)) {
            return stateOf(s, agent);
          }
          AgentProfile profile =
              store
                  .profile(agent.value())
                  .map(AgentMapping::toProfile)
                  .orElseGet(() -> AgentMapping.unconfigured(agent));
          return command(s, agent, new Command.AgentLoggedIn(profile, presence));
        });
  }

  /** A workstation connection of the agent opened (see {@link Command.AgentConnected}). */
  public void agentConnected(AgentId agent, ConnectionId connection) {
    runtime.run(s -> s.execute(new Command.AgentConnected(agent, connection)));
  }

  /** That connection is gone (see {@link Command.AgentDisconnected}). */
  public void agentDisconnected(AgentId agent, ConnectionId connection) {
    runtime.run(s -> s.execute(new Command.AgentDisconnected(agent, connection)));
  }

  public AgentState accept(AgentId agent, ContactId contact) {
    return runtime.submit(
        s -> {
          guards.offeredTo(s.engine(), agent, contact, s.recorder());
          return command(s, agent, new Command.OfferAccepted(contact, agent));
        });
  }

  public AgentState reject(AgentId agent, ContactId contact) {
    return runtime.submit(
        s -> {
          guards.offeredTo(s.engine(), agent, contact, s.recorder());
          return command(s, agent, new Command.OfferRejected(contact, agent));
        });
  }

  /** ACTIVE → WRAP_UP. */
  public AgentState end(AgentId agent, ContactId contact) {
    return runtime.submit(
        s -> {
          guards.handledBy(s.engine(), agent, contact, ContactState.ACTIVE, s.recorder());
          return command(s, agent, new Command.ContactEnded(contact));
        });
  }

  /** WRAP_UP → CLOSED, with the disposition the queue asks for. */
  public AgentState wrapUp(AgentId agent, ContactId contact, String disposition) {
    return runtime.submit(
        s -> {
          Contact.Snapshot c =
              guards.handledBy(s.engine(), agent, contact, ContactState.WRAP_UP, s.recorder());
          String code = guards.disposition(c, disposition);
          return command(s, agent, new Command.WrapUpCompleted(contact, code));
        });
  }

  /** Blind transfer of the agent's ACTIVE contact to a queue (age kept). */
  public AgentState transferToQueue(AgentId agent, ContactId contact, QueueId queue) {
    return runtime.submit(
        s -> {
          guards.handledBy(s.engine(), agent, contact, ContactState.ACTIVE, s.recorder());
          if (s.engine().queue(queue).isEmpty()) {
            throw new RoutingRefusedException(Kind.NOT_FOUND, "no queue " + queue);
          }
          return command(s, agent, new Command.TransferToQueue(contact, queue));
        });
  }

  /** Transfer of the agent's ACTIVE contact to a colleague, who gets an offer. */
  public AgentState transferToAgent(AgentId agent, ContactId contact, AgentId colleague) {
    return runtime.submit(
        s -> {
          guards.handledBy(s.engine(), agent, contact, ContactState.ACTIVE, s.recorder());
          if (s.engine().agent(colleague).isEmpty()) {
            throw new RoutingRefusedException(
                Kind.CONFLICT, colleague + " is not logged in to routing");
          }
          return command(s, agent, new Command.TransferToAgent(contact, colleague));
        });
  }

  /** Pulls in an expert on the agent's ACTIVE contact; answers the consult segment's id. */
  public ContactId consult(AgentId agent, ContactId contact, ExpertRequest expert) {
    ExpertTarget target;
    try {
      target =
          expert.agent() != null
              ? new ExpertTarget.Named(expert.agent())
              : new ExpertTarget.BySkill(
                  SkillRequirement.of(expert.skill(), Math.max(1, expert.minLevel())));
    } catch (IllegalArgumentException e) {
      throw new RoutingRefusedException(Kind.INVALID, e.getMessage());
    }
    return runtime.submit(
        s -> {
          guards.handledBy(s.engine(), agent, contact, ContactState.ACTIVE, s.recorder());
          if (expert.agent() != null && s.engine().agent(expert.agent()).isEmpty()) {
            throw new RoutingRefusedException(
                Kind.CONFLICT, expert.agent() + " is not logged in to routing");
          }
          ContactId consult = s.nextContactId();
          s.execute(new Command.ConsultExpert(consult, contact, target));
          return consult;
        });
  }

  /** The expert of the agent's active consult takes the contact over (warm transfer). */
  public AgentState warmTransfer(AgentId agent, ContactId contact, ContactId consult) {
    return runtime.submit(
        s -> {
          guards.handledBy(s.engine(), agent, contact, ContactState.ACTIVE, s.recorder());
          return command(s, agent, new Command.WarmTransfer(contact, consult));
        });
  }

  /** The agent's ACTIVE contact waits in its queue again, age kept (e.g. no first reply). */
  public AgentState returnToQueue(AgentId agent, ContactId contact) {
    return runtime.submit(
        s -> {
          Contact.Snapshot c =
              guards.handledBy(s.engine(), agent, contact, ContactState.ACTIVE, s.recorder());
          return command(s, agent, new Command.TransferToQueue(contact, c.queue()));
        });
  }

  /** Applies an agent's command (already checked) and answers with the agent's new state. */
  private AgentState command(EngineSession s, AgentId agent, Command command) {
    s.execute(command);
    return stateOf(s, agent);
  }

  private AgentState stateOf(EngineSession s, AgentId agent) {
    return assembler.state(s.engine(), s.offers(), agent);
  }
}
