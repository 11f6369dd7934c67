package dev.parley.routing.api;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Contacts and agents' actions. Every method that changes routing state returns only after the
 * change is committed to the database; refusals are {@link RoutingRefusedException}s and change
 * nothing. Agent methods act on the given agent only: callers pass the authenticated user.
 */
public interface RoutingService {

  /** Stores a new contact and routes it; returns the committed row. */
  ContactView receive(@NotNull @Valid NewContact contact);

  /**
   * {@link #receive} for several contacts at once, in one step of the writer: all are stored and
   * routed, in order, or — when any is refused — none is. Answers the committed rows in the order
   * given. For channels that take traffic in groups (e-mail filed in batches).
   */
  List<ContactView> receiveAll(@NotNull List<@NotNull @Valid NewContact> contacts);

  /**
   * A finished e-mail, SMS or voicemail contact comes back (its customer wrote again): routed again
   * in its queue under its own id, offered first to the agent who had it when they can take it. A
   * contact still open is answered unchanged.
   */
  ContactView reopen(@NotNull ContactId contact);

  /** The customer left before an agent took the contact. */
  ContactView abandon(@NotNull ContactId contact);

  Optional<ContactDetail> contact(@NotNull ContactId contact);

  /**
   * Every contact of this customer on every channel, newest first: the contacts of every identity
   * linked to it ({@link CustomerDirectory}).
   */
  List<ContactView> customerHistory(@NotNull CustomerId customer);

  AgentState agentState(@NotNull AgentId agent);

  /** AVAILABLE, BREAK (with a reason) or OFFLINE; the engine sets WRAP_UP and NOT_RESPONDING. */
  AgentState changePresence(@NotNull AgentId agent, @NotNull Presence presence);

  /**
   * A workstation connection of {@code agent} opened (the agent socket). Routing offers an agent
   * work only while one of its connections is live, and takes it out of routing when the last one
   * has been gone for the grace period (docs/adr/0013-presence-follows-connection.md). Telling the
   * same connection twice changes nothing.
   */
  void agentConnected(@NotNull AgentId agent, @NotNull ConnectionId connection);

  /** That connection is gone (closed or dropped); an unknown one changes nothing. */
  void agentDisconnected(@NotNull AgentId agent, @NotNull ConnectionId connection);

  AgentState accept(@NotNull AgentId agent, @NotNull ContactId contact);

  AgentState reject(@NotNull AgentId agent, @NotNull ContactId contact);

  /** ACTIVE → WRAP_UP. */
  AgentState end(@NotNull AgentId agent, @NotNull ContactId contact);

  /** WRAP_UP → CLOSED; {@code disposition} may be null when the queue does not require one. */
  AgentState wrapUp(@NotNull AgentId agent, @NotNull ContactId contact, String disposition);

  /**
   * Blind transfer of the agent's ACTIVE contact to {@code queue}: it waits there with its age
   * kept.
   */
  AgentState transferToQueue(
      @NotNull AgentId agent, @NotNull ContactId contact, @NotNull QueueId queue);

  /** Transfer of the agent's ACTIVE contact to a colleague, who gets an offer. */
  AgentState transferToAgent(
      @NotNull AgentId agent, @NotNull ContactId contact, @NotNull AgentId colleague);

  /**
   * Pulls an expert into the agent's ACTIVE contact: a consult segment of its own, routed ahead of
   * ordinary contacts and offered to the expert; answers the segment's id.
   */
  ContactId consult(
      @NotNull AgentId agent, @NotNull ContactId contact, @NotNull @Valid ExpertRequest expert);

  /**
   * Completes a warm transfer: the expert of the agent's ACTIVE {@code consult} on {@code contact}
   * takes the contact over at once (no new offer; their consult closes, the agent is freed).
   * Refused when the consult is not an active consult of that contact.
   */
  AgentState warmTransfer(
      @NotNull AgentId agent, @NotNull ContactId contact, @NotNull ContactId consult);

  /**
   * Takes the agent's ACTIVE contact away from it and lets it wait in its queue again with its age
   * kept (a chat whose customer got no first reply in time); refused when the contact is no longer
   * ACTIVE with that agent.
   */
  AgentState returnToQueue(@NotNull AgentId agent, @NotNull ContactId contact);

  /** Where each of these contacts stands while waiting; contacts not waiting are left out. */
  List<QueueStanding> standings(@NotNull List<ContactId> contacts);

  List<LiveStatus.QueueStatus> queueStatus();

  List<LiveStatus.AgentStatus> agentStatus();

  /** The voice and video calls agents are talking on now, oldest answer first. */
  List<LiveStatus.LiveCall> liveCalls();

  /**
   * Queues, agents and live calls read at one moment (one read of the engine): what a wallboard
   * shows. Observe {@link LiveStatus.Changed} to know when to read it again.
   */
  LiveStatus.Board liveBoard();
}
